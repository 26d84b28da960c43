package gov.enterprise.intake;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.intake.catalog.Catalog;
import gov.enterprise.intake.catalog.CategoryEntry;
import gov.enterprise.intake.catalog.DepartmentEntry;
import gov.enterprise.intake.catalog.Regions;
import gov.enterprise.intake.classification.CategoryDictionary;
import gov.enterprise.intake.classification.Classifier;
import gov.enterprise.intake.classification.Term;
import gov.enterprise.intake.deadline.DeadlineSchedule;
import gov.enterprise.intake.deadline.SlaPolicies;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.policy.IntakePolicy;
import gov.enterprise.intake.routing.RoutingRule;
import gov.enterprise.intake.routing.RuleSet;
import gov.enterprise.security.fixture.UsccFixture;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small policy for domain tests: three categories, default rules, the default SLA and the bundled calendars. */
public final class IntakePolicyFixture {

    public static final Enterprise PUMP_MAKER = new Enterprise(UsccFixture.code("331002", 1), "331002", "PUMP",
            "ABOVE_SCALE");

    private IntakePolicyFixture() {
    }

    public static IntakePolicy policy() {
        var regions = new Regions(Set.of("330000", "331000", "331002"),
                Map.of("331000", "330000", "331002", "331000"));
        var catalog = new Catalog(
                List.of(new CategoryEntry("LAND", "用地与厂房", "Land"), new CategoryEntry("ENERGY", "能耗与用电", "Energy"),
                        new CategoryEntry("OTHER", "其他", "Other")),
                List.of(new DepartmentEntry("NRP", "市自然资源和规划局", "NRP"), new DepartmentEntry("INV", "投促", "INV"),
                        new DepartmentEntry("DRC", "发改", "DRC"), new DepartmentEntry("PWR", "供电", "PWR"),
                        new DepartmentEntry("CTY", "县政府", "CTY")),
                List.of("PUMP", "MOULD"), regions);
        var classifier = new Classifier(List.of(
                new CategoryDictionary("LAND", List.of(new Term("用地指标", 4), new Term("厂房", 2))),
                new CategoryDictionary("ENERGY", List.of(new Term("用电增容", 5), new Term("用电", 3)))),
                List.of("LAND", "ENERGY", "OTHER"), Classifier.DEFAULT_MIN_SCORE);
        Instant seeded = Instant.parse("2026-01-01T00:00:00Z");
        var rules = new RuleSet(List.of(
                new RoutingRule("default-LAND", 1, "LAND", null, null, null, "NRP", List.of("INV"), false, "seed", seeded),
                new RoutingRule("land-taizhou", 3, "LAND", "331000", null, null, "INV", List.of("NRP"), false, "admin",
                        seeded),
                new RoutingRule("default-ENERGY", 1, "ENERGY", null, null, null, "DRC", List.of("PWR"), false, "seed",
                        seeded)), regions);
        return new IntakePolicy(catalog, classifier, rules,
                new DeadlineSchedule(WorkingDayCalendar.bundled(), new SlaPolicies(List.of()),
                        ZoneId.of("Asia/Shanghai")));
    }
}
