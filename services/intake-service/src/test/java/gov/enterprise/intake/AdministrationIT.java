package gov.enterprise.intake;

import static gov.enterprise.intake.VisitEventsFixture.pumpMakerIn;
import static gov.enterprise.intake.VisitEventsFixture.raised;
import static gov.enterprise.intake.VisitEventsFixture.registered;
import static gov.enterprise.intake.VisitEventsFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.intake.CalendarYearLoadedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reference data as data, edited by administrators at run time: versioned routing rules (each routed issue names
 * the version that routed it), classification dictionaries, SLA policies, and next year's official calendar.
 */
@IntegrationTest
@Import(IntakeTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationIT {

    private static final EnterpriseFacts PUMPS = pumpMakerIn("331002", UsccFixture.code("331002", 5));
    private static final String ADMIN = "admin";

    @Autowired
    TestEnvironment env;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicySource policies;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    EventProbe intake;
    Api api;

    @BeforeAll
    void enterpriseIsKnown() {
        intake = env.probe(Topics.INTAKE_EVENTS);
        api = new Api(port);
        env.publisher().publish(registered(PUMPS, "台州某某泵业有限公司"));
    }

    @AfterEach
    void backToMidAutumn() {
        clock.set(IntakeTestConfiguration.MID_AUTUMN_2026);
    }

    @Test
    void theSeedGivesEveryCategoryWithADefaultLeadARuleAtVersion1() {
        var rules = api.get("/api/v1/routing-rules", ADMIN);

        assertThat(rules.status()).isEqualTo(200);
        List<String> ids = rules.json().get("items").valueStream().map(r -> r.get("id").asString()).toList();
        assertThat(ids).hasSize(17).contains("default-LAND", "default-ENERGY").doesNotContain("default-OTHER");
        assertThat(api.get("/api/v1/routing-rules/default-ENERGY", ADMIN).json().get("current").get("coDepartments")
                .valueStream().map(JsonNode::asString).toList()).containsExactly("PWR");
        assertThat(api.get("/api/v1/routing-rules", "officer:NRP").status()).isEqualTo(403);
    }

    @Test
    void aRuleChangeIsANewVersionAndTheRoutedIssueNamesIt() {
        var changed = api.putJson("/api/v1/routing-rules/default-SAFETY", ADMIN, Map.of("category", "SAFETY",
                "leadDepartment", "EMG", "coDepartments", List.of("HCD")));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("version").asInt()).isEqualTo(2);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");

        env.publisher().publish(visit("visit-rule", PUMPS, "c-17",
                raised("rule-1", "安全隐患", "应急管理部门检查发现车间存在安全隐患，要求停产整改。", null)));

        var routed = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("rule-1")).data();
        assertThat(routed.routing().ruleId()).isEqualTo("default-SAFETY");
        assertThat(routed.routing().ruleVersion()).isEqualTo(2);
        assertThat(routed.routing().coDepartments()).containsExactly("HCD");
        assertThat(routed.routing().reason()).contains("rule default-SAFETY v2");

        var stale = api.putJson("/api/v1/routing-rules/default-SAFETY", ADMIN, Map.of("category", "SAFETY",
                "leadDepartment", "EMG"));
        assertThat(stale.status()).isEqualTo(200);   // without If-Match the change is taken as the next version
        var staleGuarded = api.send("PUT", "/api/v1/routing-rules/default-SAFETY", ADMIN,
                Map.of("category", "SAFETY", "leadDepartment", "EMG"), Map.of("If-Match", "\"2\""));
        assertThat(staleGuarded.status()).isEqualTo(412);
        assertThat(staleGuarded.header("ETag")).isEqualTo("\"3\"");
        var beyondAnyVersion = api.send("PUT", "/api/v1/routing-rules/default-SAFETY", ADMIN,
                Map.of("category", "SAFETY", "leadDepartment", "EMG"), Map.of("If-Match", "\"99999999999\""));
        assertThat(beyondAnyVersion.status()).as("a version no rule can have is stale, not a failure").isEqualTo(412);
        var weak = api.send("PUT", "/api/v1/routing-rules/default-SAFETY", ADMIN,
                Map.of("category", "SAFETY", "leadDepartment", "EMG"), Map.of("If-Match", "W/\"3\""));
        assertThat(weak.status()).as("If-Match compares strongly: a weak tag never matches").isEqualTo(412);
        var notATag = api.send("PUT", "/api/v1/routing-rules/default-SAFETY", ADMIN,
                Map.of("category", "SAFETY", "leadDepartment", "EMG"), Map.of("If-Match", "v3"));
        assertThat(notATag.status()).isEqualTo(400);
        assertThat(notATag.text()).contains("If-Match");
        var list = api.send("PUT", "/api/v1/routing-rules/default-SAFETY", ADMIN,
                Map.of("category", "SAFETY", "leadDepartment", "EMG"), Map.of("If-Match", "\"2\", \"3\""));
        assertThat(list.status()).as("a list matches when it names the current version").isEqualTo(200);
        List<Integer> versions = api.get("/api/v1/routing-rules/default-SAFETY", ADMIN).json().get("versions")
                .valueStream().map(v -> v.get("version").asInt()).toList();
        assertThat(versions).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aRuleCreatedAndChangedByTwoAdministratorsAtOnceIsNeverAFailure() throws Exception {
        Map<String, Object> rule = Map.of("ruleId", "race-pumps", "category", "QUALITY", "cluster", "PUMP",
                "leadDepartment", "SAMR");
        List<Api.Response> created = atOnce(Collections.nCopies(5, () -> api.post("/api/v1/routing-rules", ADMIN,
                rule)));
        assertThat(created).extracting(Api.Response::status).as("one creates it, the others find it exists")
                .containsOnlyOnce(201).containsOnly(201, 409);

        List<Api.Response> changed = atOnce(Collections.nCopies(5, () -> api.putJson(
                "/api/v1/routing-rules/race-pumps", ADMIN, rule)));
        assertThat(changed).extracting(Api.Response::status).containsOnly(200);
        assertThat(changed).extracting(answer -> answer.json().get("version").asInt())
                .as("each change the next version").containsExactlyInAnyOrder(2, 3, 4, 5, 6);
    }

    /** The answers to {@code calls}, let go at the same moment, in the calls' order. */
    private static List<Api.Response> atOnce(List<Callable<Api.Response>> calls) throws Exception {
        var start = new CountDownLatch(1);
        var callers = Executors.newFixedThreadPool(calls.size());
        try {
            var answers = new ArrayList<Future<Api.Response>>();
            for (Callable<Api.Response> call : calls) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var responses = new ArrayList<Api.Response>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void aRetiredRuleRoutesNothingAndBadRulesAreRefusedNamingTheField() {
        var created = api.post("/api/v1/routing-rules", ADMIN, Map.of("ruleId", "quality-pumps", "category",
                "QUALITY", "cluster", "PUMP", "scale", "ABOVE_SCALE", "leadDepartment", "SAMR",
                "coDepartments", List.of("SCI")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/routing-rules/quality-pumps");
        assertThat(api.post("/api/v1/routing-rules", ADMIN, Map.of("ruleId", "quality-pumps", "category", "QUALITY",
                "leadDepartment", "SAMR")).status()).isEqualTo(409);

        var retired = api.delete("/api/v1/routing-rules/quality-pumps", ADMIN);
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("retired").asBoolean()).isTrue();
        assertThat(retired.json().get("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/routing-rules", ADMIN).json().get("items").valueStream()
                .map(r -> r.get("id").asString()).toList()).doesNotContain("quality-pumps");

        var bad = api.post("/api/v1/routing-rules", ADMIN, Map.of("category", "LAND", "regionCode", "999999",
                "leadDepartment", "NOPE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("regionCode", "leadDepartment");
    }

    @Test
    void dictionariesAreDataAndTheNextIssueIsClassifiedWithTheirChange() {
        String text = "企业的液压缸密封件总是出问题，想请行业协会帮忙。";
        var before = api.post("/api/v1/classification/trials", "triage:t-1", Map.of("description", text));
        assertThat(before.json().get("method").asString()).isEqualTo("NONE");

        JsonNode tech = api.get("/api/v1/classification/dictionaries/TECH", ADMIN).json();
        var terms = new ArrayList<Map<String, Object>>();
        tech.get("terms").valueStream().forEach(t -> terms.add(Map.of("term", t.get("text").asString(),
                "weight", t.get("weight").asInt())));
        terms.add(Map.of("term", "密封件", "weight", 3));
        var replaced = api.putJson("/api/v1/classification/dictionaries/TECH", ADMIN, Map.of("terms", terms));
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);

        var after = api.post("/api/v1/classification/trials", "triage:t-1", Map.of("description", text));
        assertThat(after.json().get("category").asString()).isEqualTo("TECH");
        assertThat(after.json().get("reason").asString()).contains("密封件 3");
        env.publisher().publish(visit("visit-dict", PUMPS, "c-17", raised("dict-1", "密封件", text, null)));
        assertThat(intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("dict-1")).data().routing()
                .category()).isEqualTo("TECH");

        var bad = api.putJson("/api/v1/classification/dictionaries/TECH", ADMIN,
                Map.of("terms", List.of(Map.of("term", "研发", "weight", 11))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("terms[0]");
        assertThat(api.putJson("/api/v1/classification/dictionaries/TECH", "triage:t-1",
                Map.of("terms", terms)).status()).isEqualTo(403);
    }

    @Test
    void aTermOfSpacesAloneIsRefusedAndOneStoredBeforeTheRuleStopsNothing() {
        String path = "/api/v1/classification/dictionaries/OTHER";
        var read = api.get(path, ADMIN);
        List<Map<String, Object>> original = new ArrayList<>();
        read.json().get("terms").valueStream().forEach(t -> original.add(Map.of("term", t.get("text").asString(),
                "weight", t.get("weight").asInt())));
        var withSpace = new ArrayList<>(original);
        withSpace.add(Map.of("term", "\u00a0", "weight", 5));   // not blank to String.isBlank(), stripped as a term

        var refused = api.send("PUT", path, ADMIN, Map.of("terms", withSpace), Map.of("If-Match", read.header("ETag")));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        // the text rule of every request refuses it first; Term refuses it too (ClassifierTest), whoever builds one
        assertThat(error.get("field").asString()).isEqualTo("terms[" + original.size() + "].term");
        assertThat(error.get("reason").asString()).isEqualTo("must have text other than spaces");
        assertThat(api.get(path, ADMIN).header("ETag")).as("nothing stored").isEqualTo(read.header("ETag"));
        assertThat(api.get("/api/v1/classification/dictionaries", ADMIN).status()).isEqualTo(200);

        // a row that breaks a rule made after it was stored (an empty term did) is read past, not fatal
        jdbc.sql("""
                INSERT INTO classification_term (category, term, weight, changed_by, changed_at)
                VALUES ('OTHER', '', 5, 'admin', now())""").update();
        policies.changed();
        var dictionaries = api.get("/api/v1/classification/dictionaries", ADMIN);
        assertThat(dictionaries.status()).as(dictionaries.text()).isEqualTo(200);
        assertThat(api.get(path, ADMIN).json().get("terms")).hasSize(original.size());
        assertThat(api.post("/api/v1/classification/trials", "triage:t-1", Map.of("description", "企业想捐建图书馆"))
                .status()).isEqualTo(200);
        env.publisher().publish(visit("visit-empty-term", PUMPS, "c-17",
                raised("empty-term-1", "马拉松", "公司计划组织员工参加城市马拉松，想知道团体报名找谁。", "OTHER")));
        intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("empty-term-1"));
        var repaired = api.send("PUT", path, ADMIN, Map.of("terms", original), Map.of("If-Match", read.header("ETag")));
        assertThat(repaired.status()).as(repaired.text()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM classification_term WHERE term = ''").query(Long.class).single())
                .isZero();
    }

    @Test
    void aTrialReadsTheCategoryHintAsAReportDoes() {
        var trial = api.post("/api/v1/classification/trials", "triage:t-1",
                Map.of("description", "企业想了解今年的展会补贴政策。", "categoryHint", " energy"));

        assertThat(trial.status()).as(trial.text()).isEqualTo(200);
        assertThat(trial.json().get("category").asString()).isEqualTo("ENERGY");
        assertThat(trial.json().get("method").asString()).isEqualTo("HINT");
    }

    @Test
    void aDictionaryIsVersionedAndReplacementsOfItAtOnceAreAppliedOneAfterTheOther() throws Exception {
        String path = "/api/v1/classification/dictionaries/FINANCE";
        var read = api.get(path, ADMIN);
        int version = read.json().get("version").asInt();
        assertThat(read.header("ETag")).isEqualTo("\"" + version + "\"");
        List<Map<String, Object>> original = new ArrayList<>();
        read.json().get("terms").valueStream().forEach(t -> original.add(Map.of("term", t.get("text").asString(),
                "weight", t.get("weight").asInt())));

        List<String> extras = List.of("并发测试甲", "并发测试乙", "并发测试丙", "并发测试丁", "并发测试戊", "并发测试己");
        var replacements = new ArrayList<Callable<Api.Response>>();
        for (String extra : extras) {
            var terms = new ArrayList<>(original);
            terms.add(Map.of("term", extra, "weight", 1));
            replacements.add(() -> api.putJson(path, ADMIN, Map.of("terms", terms)));
        }
        var versions = new ArrayList<Integer>();
        for (Api.Response replaced : atOnce(replacements)) {
            assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
            versions.add(replaced.json().get("version").asInt());
        }

        assertThat(versions).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(version + 1, version + extras.size()).boxed().toList());
        var after = api.get(path, ADMIN).json();
        assertThat(after.get("version").asInt()).isEqualTo(version + extras.size());
        assertThat(after.get("changedBy").asString()).isEqualTo("admin");
        List<String> terms = after.get("terms").valueStream().map(t -> t.get("text").asString()).toList();
        assertThat(terms).as("the last replacement's terms, not a mixture").hasSize(original.size() + 1)
                .containsAll(original.stream().map(t -> (String) t.get("term")).toList())
                .containsAnyElementsOf(extras);

        var stale = api.send("PUT", path, ADMIN, Map.of("terms", original), Map.of("If-Match", read.header("ETag")));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"" + (version + extras.size()) + "\"");
        var guarded = api.send("PUT", path, ADMIN, Map.of("terms", original), Map.of("If-Match", stale.header("ETag")));
        assertThat(guarded.status()).as(guarded.text()).isEqualTo(200);
        assertThat(guarded.json().get("terms")).hasSize(original.size());
        assertThat(guarded.header("ETag")).isEqualTo("\"" + (version + extras.size() + 1) + "\"");
    }

    @Test
    void anSlaPolicyPerCategorySetsTheDeadlines() {
        var put = api.putJson("/api/v1/sla-policies/LEGAL/*", ADMIN,
                Map.of("acceptWorkingDays", 2, "resolveWorkingDays", 10));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(api.putJson("/api/v1/sla-policies/LEGAL/*", ADMIN,
                Map.of("acceptWorkingDays", 20, "resolveWorkingDays", 10)).status()).isEqualTo(400);

        env.publisher().publish(visit("visit-sla", PUMPS, "c-17",
                raised("sla-1", "货款", "外地客户拖欠货款300多万，官司打赢了但一直执行不到位。", null)));

        var routed = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("sla-1")).data();
        assertThat(routed.routing().category()).isEqualTo("LEGAL");
        assertThat(routed.routing().acceptDue()).isEqualTo(LocalDate.parse("2026-09-29"));
        assertThat(routed.routing().resolveDue()).isEqualTo(LocalDate.parse("2026-10-15"));
        assertThat(routed.routing().reason()).contains("SLA LEGAL/*: accept 2, resolve 10 working days");
    }

    @Test
    void nextYearsCalendarIsLoadedAtRunTimeAndDeadlinesStopBeingProvisional() {
        clock.set(Instant.parse("2026-12-24T02:00:00Z"));
        var provisional = api.get("/api/v1/calendars/working-days?from=2026-12-24&add=15", "triage:t-1").json();
        assertThat(provisional.get("date").asString()).isEqualTo("2027-01-14");
        assertThat(provisional.get("provisional").asBoolean()).isTrue();
        var farFrom = api.get("/api/v1/calendars/working-days?from=%2B999999999-12-20&add=1000", "triage:t-1");
        assertThat(farFrom.status()).isEqualTo(400);
        assertThat(farFrom.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
        var centuries = api.get("/api/v1/calendars/working-days?from=2026-01-01&to=2099-12-31", "triage:t-1");
        assertThat(centuries.status()).as("counted day by day, it would hold a thread").isEqualTo(400);
        assertThat(centuries.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        env.publisher().publish(visit("visit-cal-1", PUMPS, "c-17",
                raised("cal-1", "税务稽查", "企业被要求补缴多年前的税款和滞纳金，对计算依据有异议。", null)));
        var before = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("cal-1")).data().routing();
        assertThat(before.provisionalDeadlines()).isTrue();
        assertThat(before.resolveDue()).isEqualTo(LocalDate.parse("2027-01-14"));

        String csv = "date,kind\n2027-01-01,holiday\n";
        assertThat(api.put("/api/v1/calendars/2027", "triage:t-1", "text/csv", csv).status()).isEqualTo(403);
        var badCsv = api.put("/api/v1/calendars/2027", ADMIN, "text/csv", "date,kind\n2027-02-30,holiday\n");
        assertThat(badCsv.status()).isEqualTo(400);
        assertThat(badCsv.json().get("errors").get(0).get("reason").asString()).contains("line 2");
        assertThat(api.put("/api/v1/calendars/2027", ADMIN, "text/csv", "date,kind\n2026-10-01,holiday\n").status())
                .isEqualTo(400);

        var loaded = api.put("/api/v1/calendars/2027", ADMIN, "text/csv", csv);
        assertThat(loaded.status()).as(loaded.text()).isEqualTo(201);
        // the other services count working days too: the year reaches them on intake.events, refused loads never
        var published = intake.awaitEvent(CalendarYearLoadedV1.class, e -> e.subject().equals("calendar:2027"));
        assertThat(published.data().holidays()).containsExactly(LocalDate.parse("2027-01-01"));
        assertThat(published.data().makeUpWorkdays()).isEmpty();
        assertThat(published.data().loadedBy()).isEqualTo(ADMIN);
        assertThat(api.put("/api/v1/calendars/2027", ADMIN, "text/csv", csv).status()).isEqualTo(200);
        // what the alert for next year's calendar watches: the last year the API lists (other tests load later ones)
        Gauge lastYear = meters.get("ticketing.calendar.last.loaded.year").gauge();
        assertThat(lastYear.value()).isGreaterThanOrEqualTo(2027).isEqualTo(api.get("/api/v1/calendars", ADMIN).json()
                .get("items").valueStream().mapToInt(y -> y.get("year").asInt()).max().orElseThrow());
        assertThat(api.get("/api/v1/calendars", "cadre:c-17").json().get("items").valueStream()
                .map(y -> y.get("year").asInt()).toList()).contains(2018, 2025, 2026, 2027);

        env.publisher().publish(visit("visit-cal-2", PUMPS, "c-17",
                raised("cal-2", "发票额度", "公司开具增值税专用发票的额度不够用，每次都要申请增量。", null)));
        var after = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("cal-2")).data().routing();
        assertThat(after.provisionalDeadlines()).isFalse();
        assertThat(after.resolveDue()).isEqualTo(LocalDate.parse("2027-01-15"));   // New Year's Day skipped
    }

    @Test
    void loadsOfOneYearAtOnceAreAppliedOneAfterTheOther() throws Exception {
        List<String> newYearsDays = List.of("2028-01-01", "2028-01-02", "2028-01-03", "2028-01-04", "2028-01-05");
        List<Api.Response> loads = atOnce(newYearsDays.stream().<Callable<Api.Response>>map(day -> () -> api.put(
                "/api/v1/calendars/2028", ADMIN, "text/csv", "date,kind\n" + day + ",holiday\n")).toList());
        var statuses = new ArrayList<Integer>();
        for (Api.Response loaded : loads) {
            assertThat(loaded.status()).as(loaded.text()).isIn(200, 201);
            statuses.add(loaded.status());
        }

        assertThat(statuses).as("one load created the year, the others replaced it").containsOnlyOnce(201);
        List<String> holidays = api.get("/api/v1/calendars/2028", ADMIN).json().get("holidays").valueStream()
                .map(JsonNode::asString).toList();
        assertThat(holidays).as("one load's days, not a mixture").hasSize(1).isSubsetOf(newYearsDays);
    }

    @Test
    void aCategoryWithoutADefaultRuleGoesToTriageWithTheRoutingReason() {
        env.publisher().publish(visit("visit-other", PUMPS, "c-17",
                raised("other-1", "其他", "企业老板想为家乡捐建一所图书馆，希望了解捐赠程序。", "OTHER")));

        var triage = intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("other-1")).data();

        assertThat(triage.reason()).startsWith("classified as OTHER (category hint OTHER names a known category")
                .contains("no routing rule for category OTHER applies to this enterprise");
    }
}
