package gov.enterprise.intake;

import static gov.enterprise.intake.VisitEventsFixture.paired;
import static gov.enterprise.intake.VisitEventsFixture.registered;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/v1/issues} and the issue views over HTTP with real tokens: who may report for whom, a retry
 * returns the first answer, an unknown enterprise is a 422 that says so, bad input changes nothing, and every reader
 * sees only the issues in its scope.
 */
@IntegrationTest
@Import(IntakeTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssueApiIT {

    // letters in the organisation code, so that a code typed in lower case differs from it
    private static final EnterpriseFacts JIAOJIANG = new EnterpriseFacts(UsccFixture.code("91", "331002", "MA2AB003"),
            "331002", "PUMP", "ABOVE_SCALE");
    private static final EnterpriseFacts WENLING = new EnterpriseFacts(UsccFixture.code("331081", 4), "331081",
            "MOULD", "BELOW_SCALE");
    private static final String UNKNOWN = UsccFixture.code("331002", 99);
    private static final EnterpriseFacts LUQIAO = new EnterpriseFacts(UsccFixture.code("331004", 7), "331004",
            "PUMP", "ABOVE_SCALE");

    @Autowired
    TestEnvironment env;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    EventProbe intake;
    Api api;

    @BeforeAll
    void enterprisesAreKnown() {
        intake = env.probe(Topics.INTAKE_EVENTS);
        api = new Api(port);
        env.publisher().publish(registered(JIAOJIANG, "椒江某泵业"));
        env.publisher().publish(registered(WENLING, "温岭某模具"));
        env.publisher().publish(registered(LUQIAO, "路桥某泵业"));
        env.publisher().publish(paired(JIAOJIANG.uscc(), "c-17"));
        env.publisher().publish(paired(WENLING.uscc(), "c-18"));
        Eventually.pairingKnown(jdbc, JIAOJIANG.uscc());
        Eventually.pairingKnown(jdbc, WENLING.uscc());
        Eventually.enterpriseKnown(jdbc, LUQIAO.uscc());
    }

    @Test
    void anEnterpriseContactReportsForItsOwnEnterpriseAndARetryGetsTheFirstAnswer() {
        var body = report("api-1", JIAOJIANG.uscc(), "出口退税慢", "企业出口退税办理周期长，一笔退税要等两个多月。", "APP");

        var first = api.post("/api/v1/issues", contact(JIAOJIANG), body);
        var retry = api.post("/api/v1/issues", contact(JIAOJIANG), body);

        assertThat(first.status()).as(first.text()).isEqualTo(202);
        assertThat(first.json().get("issueId").asString()).isEqualTo("api-1");
        assertThat(first.header("Location")).isEqualTo("/api/v1/issues/api-1");
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.text()).isEqualTo(first.text());
        var reported = intake.awaitEvent(IssueReportedV1.class, e -> e.subject().equals("api-1")).data();
        assertThat(reported.reportedBy()).isEqualTo(contact(JIAOJIANG));
        assertThat(reported.channel()).isEqualTo("APP");
        assertThat(reported.enterprise()).isEqualTo(JIAOJIANG);
        intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("api-1"));
        intake.assertNone(record -> false, Duration.ofSeconds(2));    // time for a second answer to show up
        assertThat(countFor("api-1")).isEqualTo(2);                     // reported and routed, once each

        var sameIdOtherMatter = api.post("/api/v1/issues", contact(JIAOJIANG),
                report("api-1", JIAOJIANG.uscc(), "用电", "企业需要用电增容。", "APP"));
        assertThat(sameIdOtherMatter.status()).isEqualTo(422);
        assertThat(sameIdOtherMatter.json().get("type").asString()).endsWith("/issue-id-reused");
    }

    /** The enterprise's contact and the hotline report the same matter at the same moment. */
    @Test
    void twoReportsOfOneMatterAtOnceAreComparedWithEachOther() throws Exception {
        String text = "园区道路改造后大货车进不来，企业原材料只能小车倒运，每月多花运费三万多元。";
        var start = new CountDownLatch(1);
        var reporters = Executors.newFixedThreadPool(2);
        var answers = new ArrayList<Future<Api.Response>>();
        for (String[] reporter : List.of(new String[] {"twin-1", contact(LUQIAO), "APP"},
                new String[] {"twin-2", "operator:hotline-3", "HOTLINE"})) {
            answers.add(reporters.submit(() -> {
                start.await();
                return api.post("/api/v1/issues", reporter[1],
                        report(reporter[0], LUQIAO.uscc(), "货车进不了园区", text, reporter[2]));
            }));
        }
        start.countDown();
        for (Future<Api.Response> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS).status()).isEqualTo(202);
        }
        reporters.shutdown();

        // each reported, then decided: the first sent on (to triage: the text names no category), the second
        // flagged as a repeat of the first
        List<String> decisions = intake.await(4, r -> List.of("twin-1", "twin-2").contains(r.key()),
                        Duration.ofSeconds(30)).stream()
                .map(r -> r.key() + " " + EventProbe.header(r, "ce_type").replaceAll(".*intake\\.|\\.v1$", ""))
                .filter(decision -> !decision.endsWith("issue-reported")).toList();
        assertThat(decisions).as("one sent on, the other flagged as its repeat").hasSize(2)
                .containsAnyOf("twin-1 duplicate-flagged", "twin-2 duplicate-flagged")
                .anyMatch(decision -> !decision.endsWith("duplicate-flagged"));
        var flagged = intake.awaitEvent(DuplicateFlaggedV1.class,
                e -> List.of("twin-1", "twin-2").contains(e.subject()));
        assertThat(flagged.data().originalIssueId()).isNotEqualTo(flagged.subject()).startsWith("twin-");
    }

    @Test
    void anOperatorReportsForAnyEnterpriseAndGetsAFreshIdWithoutOne() {
        var body = new HashMap<>(report(null, WENLING.uscc(), "招工难", "春节后一线普工返岗率不到六成，企业招工非常困难。", "HOTLINE"));
        body.remove("issueId");

        var created = api.post("/api/v1/issues", "operator:hotline-3", body);

        assertThat(created.status()).isEqualTo(202);
        String issueId = created.json().get("issueId").asString();
        assertThat(issueId).matches("[0-9a-f-]{36}");
        var routed = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals(issueId)).data();
        assertThat(routed.routing().leadDepartment()).isEqualTo("HRS");
    }

    @Test
    void anIdempotencyKeyMakesARetryWithoutAnIssueIdGetTheFirstAnswer() {
        var body = new HashMap<>(report(null, JIAOJIANG.uscc(), "环评", "新上喷涂线需要做环评，环评审批时间太长。", "APP"));
        body.remove("issueId");
        var key = Map.of("Idempotency-Key", "app-retry-7f3a");

        var first = api.post("/api/v1/issues", contact(JIAOJIANG), body, key);
        var retry = api.post("/api/v1/issues", contact(JIAOJIANG), body, key);
        var otherBody = new HashMap<>(body);
        otherBody.put("description", "另一件事情");
        var reused = api.post("/api/v1/issues", contact(JIAOJIANG), otherBody, key);

        assertThat(first.status()).as(first.text()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(reused.status()).isEqualTo(422);
        String issueId = first.json().get("issueId").asString();
        intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals(issueId));
        intake.assertNone(record -> false, Duration.ofSeconds(2));
        assertThat(intake.received().stream().map(intake::decode)
                .filter(e -> e.data() instanceof IssueReportedV1 reported
                        && reported.description().equals(body.get("description"))))
                .as("issues reported with this text").hasSize(1);
    }

    @Test
    void aCodeTypedInLowerCaseIsTheSameEnterprise() {
        var created = api.post("/api/v1/issues", contact(JIAOJIANG), report("api-lower",
                " " + JIAOJIANG.uscc().toLowerCase(Locale.ROOT), "用电增容", "企业需要用电增容，报装排队太久。", "APP"));

        assertThat(created.status()).as(created.text()).isEqualTo(202);
        var reported = intake.awaitEvent(IssueReportedV1.class, e -> e.subject().equals("api-lower")).data();
        assertThat(reported.enterprise()).isEqualTo(JIAOJIANG);
        assertThat(ids("/api/v1/issues?uscc=" + JIAOJIANG.uscc().toLowerCase(Locale.ROOT), "operator:hotline-3"))
                .contains("api-lower");
    }

    @Test
    void anUnknownEnterpriseIsA422ThatSaysSo() {
        var response = api.post("/api/v1/issues", "operator:hotline-3",
                report("api-unknown", UNKNOWN, "用地", "缺少用地指标。", "HOTLINE"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/unknown-enterprise");
        assertThat(response.json().get("detail").asString()).contains("No enterprise with USCC " + UNKNOWN);
        assertThat(api.get("/api/v1/issues/api-unknown", "operator:hotline-3").status()).isEqualTo(404);
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() {
        var badUscc = api.post("/api/v1/issues", "operator:hotline-3", report("api-bad-1",
                UsccFixture.withWrongOrganisationCheck(JIAOJIANG.uscc()), "用地", "缺少用地指标。", "HOTLINE"));
        var noTitle = api.post("/api/v1/issues", "operator:hotline-3",
                report("api-bad-2", JIAOJIANG.uscc(), "", "缺少用地指标。", "HOTLINE"));
        var badChannel = api.post("/api/v1/issues", "operator:hotline-3",
                report("api-bad-3", JIAOJIANG.uscc(), "用地", "缺少用地指标。", "FAX"));
        var badId = api.post("/api/v1/issues", "operator:hotline-3",
                report("bad id with spaces", JIAOJIANG.uscc(), "用地", "缺少用地指标。", "HOTLINE"));

        assertThat(field(badUscc)).isEqualTo("uscc");
        assertThat(badUscc.json().get("errors").get(0).get("reason").asString())
                .startsWith("organisation code 'MA2AB003");
        assertThat(field(noTitle)).isEqualTo("title");
        assertThat(field(badChannel)).isEqualTo("channel");
        assertThat(field(badId)).isEqualTo("issueId");
        intake.assertNone(r -> r.key() != null && r.key().startsWith("api-bad"), Duration.ofSeconds(2));
    }

    /** The visit service's rule: characters a person sees, stripped; no control characters. */
    @Test
    void textIsCountedInCharactersAsTheVisitServiceCountsItAndAHintInLowerCaseIsACode() {
        String hundred = "𠀀".repeat(100);            // outside the BMP: two UTF-16 units each
        var longest = new HashMap<>(report("api-text-1", JIAOJIANG.uscc(), "  " + hundred + "  ",
                "用电增容申请两个月没有批复。", "HOTLINE"));
        longest.put("categoryHint", " energy ");
        var tooLong = api.post("/api/v1/issues", "operator:hotline-3", report("api-text-2", JIAOJIANG.uscc(),
                hundred + "地", "缺少用地指标。", "HOTLINE"));
        var control = api.post("/api/v1/issues", "operator:hotline-3", report("api-text-3", JIAOJIANG.uscc(),
                "用地\u0007", "缺少用地指标。", "HOTLINE"));

        var accepted = api.post("/api/v1/issues", "operator:hotline-3", longest);

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        var reported = intake.awaitEvent(IssueReportedV1.class, e -> e.subject().equals("api-text-1")).data();
        assertThat(reported.title()).isEqualTo(hundred);
        var routed = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("api-text-1")).data();
        assertThat(routed.routing().category()).isEqualTo("ENERGY");
        assertThat(routed.routing().reason()).contains("category hint ENERGY");
        assertThat(field(tooLong)).isEqualTo("title");
        assertThat(tooLong.json().get("errors").get(0).get("reason").asString())
                .isEqualTo("must be at most 100 characters (it has 101)");
        assertThat(field(control)).isEqualTo("title");
        assertThat(control.json().get("errors").get(0).get("reason").asString())
                .isEqualTo("must not contain control characters");
    }

    @Test
    void onlyTheEnterpriseItselfOrAnOperatorMayReport() {
        var body = report("api-scope", WENLING.uscc(), "用地", "缺少用地指标。", "APP");

        assertThat(api.post("/api/v1/issues", contact(JIAOJIANG), body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/issues", "cadre:c-18", body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/issues", "officer:NRP", body).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/issues", null, body).status()).isEqualTo(401);
        intake.assertNone(r -> "api-scope".equals(r.key()), Duration.ofSeconds(1));
    }

    @Test
    void eachReaderSeesTheIssuesInItsScopeAndOthersAreNotFound() {
        api.post("/api/v1/issues", contact(WENLING), report("api-wl", WENLING.uscc(), "环评审批慢",
                "企业新上喷涂线需要做环评，环评审批时间太长。", "APP"));
        intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("api-wl"));

        var own = api.get("/api/v1/issues/api-wl", contact(WENLING));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("ETag")).isEqualTo("\"" + own.json().get("version").asLong() + "\"");
        assertThat(own.json().get("status").asString()).isEqualTo("ROUTED");
        assertThat(own.json().get("department").asString()).isEqualTo("ENV");
        assertThat(own.json().get("routing").get("ruleId").asString()).isEqualTo("default-ENVIRONMENT");
        assertThat(own.json().get("classification").get("method").asString()).isEqualTo("DICTIONARY");
        assertThat(own.json().get("acceptDue").asString()).isEqualTo("2026-09-28");

        assertThat(api.get("/api/v1/issues/api-wl", "cadre:c-18").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/issues/api-wl", "officer:ENV").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/issues/api-wl", "leader:331000").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/issues/api-wl", "leader:331081").status()).isEqualTo(200);
        for (String stranger : List.of(contact(JIAOJIANG), "cadre:c-17", "officer:NRP", "leader:331002")) {
            var refused = api.get("/api/v1/issues/api-wl", stranger);
            assertThat(refused.status()).as(stranger).isEqualTo(404);
            assertThat(refused.json().get("detail").asString()).isEqualTo("No issue api-wl");
        }

        assertThat(ids("/api/v1/issues", contact(WENLING))).contains("api-wl").allMatch(id -> !id.equals("api-1"));
        assertThat(ids("/api/v1/issues", "cadre:c-18")).contains("api-wl");
        assertThat(ids("/api/v1/issues", "cadre:c-17")).doesNotContain("api-wl");
        assertThat(ids("/api/v1/issues", "officer:ENV")).contains("api-wl");
        assertThat(ids("/api/v1/issues?uscc=" + WENLING.uscc(), contact(JIAOJIANG))).isEmpty();
        assertThat(ids("/api/v1/issues?state=TRIAGE", contact(WENLING))).doesNotContain("api-wl");
    }

    @Test
    void listsArePagedWithAnOpaqueCursor() {
        for (int i = 0; i < 3; i++) {
            String issueId = "page-" + i;
            api.post("/api/v1/issues", "operator:hotline-3", report(issueId, JIAOJIANG.uscc(), "事项" + i,
                    List.of("厂区门口道路积水严重", "外观专利被同行仿冒", "危废处置价格一年翻倍").get(i), "HOTLINE"));
            intake.awaitEvent(IssueReportedV1.class, e -> e.subject().equals(issueId));
        }
        var firstPage = api.get("/api/v1/issues?limit=2", "operator:hotline-3");
        String cursor = firstPage.json().get("nextCursor").asString();
        var secondPage = api.get("/api/v1/issues?limit=2&cursor=" + cursor, "operator:hotline-3");

        assertThat(firstPage.json().get("items").size()).isEqualTo(2);
        assertThat(secondPage.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/issues?cursor=not-a-cursor", "operator:hotline-3").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/issues?limit=0", "operator:hotline-3").status()).isEqualTo(400);
    }

    @Test
    void categoriesAndDepartmentsAreThereToChooseAHint() {
        var categories = api.get("/api/v1/categories", "cadre:c-17");

        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.json().get("items").size()).isEqualTo(18);
        assertThat(api.get("/api/v1/departments", "cadre:c-17").json().get("items").size()).isEqualTo(20);
    }

    private static Map<String, Object> report(String issueId, String uscc, String title, String description,
                                              String channel) {
        var body = new HashMap<String, Object>();
        body.put("issueId", issueId);
        body.put("uscc", uscc);
        body.put("title", title);
        body.put("description", description);
        body.put("channel", channel);
        return body;
    }

    private static String contact(EnterpriseFacts enterprise) {
        return "enterprise:" + enterprise.uscc();
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }

    private List<String> ids(String path, String subject) {
        var response = api.get(path, subject);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("items").valueStream().map(i -> i.get("issueId").asString()).toList();
    }

    private long countFor(String key) {
        return intake.received().stream().filter(r -> key.equals(r.key())).count();
    }
}
