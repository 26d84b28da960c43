package gov.enterprise.intake.routing;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.intake.IntakePolicyFixture;
import gov.enterprise.intake.catalog.Regions;
import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.security.fixture.UsccFixture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final Regions TAIZHOU = new Regions(Set.of("330000", "331000", "331002", "331081"),
            Map.of("331000", "330000", "331002", "331000", "331081", "331000"));
    private static final Enterprise JIAOJIANG_PUMPS = new Enterprise(UsccFixture.code("331002", 1), "331002", "PUMP",
            "ABOVE_SCALE");
    private static final Enterprise WENLING_MOULDS = new Enterprise(UsccFixture.code("331081", 2), "331081", "MOULD",
            "BELOW_SCALE");

    private static RoutingRule rule(String id, String category, String region, String cluster, String scale,
                                    String lead, String... co) {
        return new RoutingRule(id, 1, category, region, cluster, scale, lead, List.of(co), false, "admin",
                Instant.parse("2026-01-05T00:00:00Z"));
    }

    private final RuleSet rules = new RuleSet(List.of(
            rule("default-LAND", "LAND", null, null, null, "NRP", "INV"),
            rule("land-taizhou", "LAND", "331000", null, null, "INV", "NRP"),
            rule("land-jiaojiang", "LAND", "331002", null, null, "CTY"),
            rule("energy-pumps", "ENERGY", null, "PUMP", null, "PWR", "DRC"),
            rule("default-ENERGY", "ENERGY", null, null, null, "DRC", "PWR"),
            new RoutingRule("retired-TAX", 2, "TAX", null, null, null, "FBU", List.of(), true, "admin",
                    Instant.parse("2026-01-05T00:00:00Z"))), TAIZHOU);

    @Test
    void theNarrowestRuleWinsAndACityRuleHoldsInItsCounties() {
        assertThat(rules.match("LAND", JIAOJIANG_PUMPS, Set.of())).map(RoutingRule::id).contains("land-jiaojiang");
        assertThat(rules.match("LAND", WENLING_MOULDS, Set.of())).map(RoutingRule::id).contains("land-taizhou");
    }

    @Test
    void aClusterRuleNarrowsTheDefault() {
        assertThat(rules.match("ENERGY", JIAOJIANG_PUMPS, Set.of())).map(RoutingRule::id).contains("energy-pumps");
        assertThat(rules.match("ENERGY", WENLING_MOULDS, Set.of())).map(RoutingRule::id).contains("default-ENERGY");
    }

    @Test
    void aDepartmentThatReturnedTheIssueIsNeverChosenAgain() {
        assertThat(rules.match("LAND", JIAOJIANG_PUMPS, Set.of("CTY"))).map(RoutingRule::id).contains("land-taizhou");
        assertThat(rules.match("LAND", JIAOJIANG_PUMPS, Set.of("CTY", "INV"))).map(RoutingRule::id)
                .contains("default-LAND");
        assertThat(rules.match("LAND", JIAOJIANG_PUMPS, Set.of("CTY", "INV", "NRP"))).isEmpty();
    }

    @Test
    void retiredRulesAndUnknownCategoriesRouteNothing() {
        assertThat(rules.match("TAX", JIAOJIANG_PUMPS, Set.of())).isEmpty();
        assertThat(rules.match("OTHER", JIAOJIANG_PUMPS, Set.of())).isEmpty();
    }

    @Test
    void theLeadIsNeverAlsoACoDepartmentAndExcludedOnesAreDropped() {
        RoutingRule rule = rule("r", "LAND", null, null, null, "NRP", "NRP", "INV", "CTY");
        assertThat(rule.coDepartments()).containsExactly("INV", "CTY");
        assertThat(rule.coDepartmentsWithout(Set.of("CTY"))).containsExactly("INV");
    }

    @Test
    void aTriageOfficersCoDepartmentsFollowTheRulesOne() {
        RoutingDecision byHand = IntakePolicyFixture.policy().routeByHand("LAND", "NRP",
                List.of("NRP", "INV", "CTY", "INV"), Priority.NORMAL, "triage:t-1", null,
                Instant.parse("2026-09-25T02:00:00Z"));

        assertThat(byHand.coDepartments()).containsExactly("INV", "CTY");
        assertThat(byHand.coDepartments())
                .isEqualTo(rule("r", "LAND", null, null, null, "NRP", "NRP", "INV", "CTY", "INV").coDepartments());
    }
}
