package gov.enterprise.visit.issue;

import static gov.enterprise.visit.VisitApi.body;
import static gov.enterprise.visit.VisitApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.IntakeEvents;
import gov.enterprise.contracts.intake.IssueRejectedV1;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.contracts.intake.Routing;
import gov.enterprise.contracts.resolution.LightChangedV1;
import gov.enterprise.contracts.resolution.ResolutionEvents;
import gov.enterprise.contracts.resolution.TicketAcceptedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketClosedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.EventPublisher;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import gov.enterprise.visit.EnterpriseFixture;
import gov.enterprise.visit.VisitApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The enterprise file and the cadre's portfolio follow the issues through intake and resolution, from the events
 * those services publish (published here by the test, as they would be).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssueViewIT {

    static final String VISITED = UsccFixture.code(301);
    static final String NEGLECTED = UsccFixture.code(302);
    static final String CADRE = "cadre:c-30";
    static final EnterpriseFacts FACTS = new EnterpriseFacts(VISITED, "331002", "AUTO", "ABOVE_SCALE");

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    VisitApi api;
    EventPublisher publisher;

    @BeforeAll
    void enterprises() {
        api = new VisitApi(port);
        publisher = env.publisher();
        EnterpriseFixture.register(api, VISITED, "台州市椒江汽车配件有限公司", "331002", "AUTO");
        EnterpriseFixture.register(api, NEGLECTED, "台州市椒江缝纫机有限公司", "331002", "SEWING");
        EnterpriseFixture.pair(api, "c-30", VISITED, NEGLECTED);
        // the pairing with NEGLECTED is a year old and it was never visited since
        jdbc.sql("UPDATE pairing SET paired_at = now() - interval '1 year' WHERE uscc = ?").param(NEGLECTED).update();
    }

    @Test
    void theFileShowsEachIssueWithItsCurrentStatusDepartmentAndLight() {
        List<String> ids = recordVisitRaising("用地指标", "融资担保");
        String land = ids.get(0);
        String finance = ids.get(1);
        String hotline = "hotline-" + UUID.randomUUID();
        assertThat(issue(VISITED, land).get("status").asString()).isEqualTo("RAISED");

        publishIntake(IntakeEvents.ISSUE_REPORTED, land, reported(land, "用地指标", "VISIT"));
        publishIntake(IntakeEvents.ISSUE_REPORTED, finance, reported(finance, "融资担保", "VISIT"));
        publishIntake(IntakeEvents.ISSUE_REPORTED, hotline, reported(hotline, "停电频繁", "HOTLINE"));
        publishIntake(IntakeEvents.ISSUE_ROUTED, land, routed(land, "LAND", "NRP"));
        publishIntake(IntakeEvents.ISSUE_SENT_TO_TRIAGE, finance,
                new IssueSentToTriageV1(finance, FACTS, "no rule matched", null, Instant.now()));
        publishResolution(ResolutionEvents.TICKET_ASSIGNED, land,
                new TicketAssignedV1(ticket(land, "NRP", "ASSIGNED", "GREEN", 1), "ROUTED", Instant.now()));
        publishResolution(ResolutionEvents.TICKET_ACCEPTED, land,
                new TicketAcceptedV1(ticket(land, "NRP", "ACCEPTED", "GREEN", 2), "officer:NRP", Instant.now()));
        publishResolution(ResolutionEvents.LIGHT_CHANGED, land,
                new LightChangedV1(ticket(land, "NRP", "ACCEPTED", "YELLOW", 3), "GREEN", Instant.now()));
        publishIntake(IntakeEvents.ISSUE_ROUTED, hotline, routed(hotline, "ENERGY", "PWR"));
        publishResolution(ResolutionEvents.TICKET_CLOSED, hotline, new TicketClosedV1(
                ticket(hotline, "PWR", "CLOSED", "GREEN", 7), "SATISFIED", false, "ON_TIME", 6, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(text(issue(VISITED, land), "status")).isEqualTo("ACCEPTED");
            assertThat(text(issue(VISITED, land), "light")).isEqualTo("YELLOW");
            assertThat(text(issue(VISITED, hotline), "status")).isEqualTo("CLOSED");
            // the two topics are consumed independently: wait for intake's side too
            assertThat(text(issue(VISITED, land), "channel")).isEqualTo("VISIT");
            assertThat(text(issue(VISITED, finance), "status")).isEqualTo("TRIAGE");
            assertThat(text(issue(VISITED, hotline), "title")).isEqualTo("停电频繁");
        });
        JsonNode landIssue = issue(VISITED, land);
        assertThat(landIssue.get("department").asString()).isEqualTo("NRP");
        assertThat(landIssue.get("category").asString()).isEqualTo("LAND");
        assertThat(landIssue.get("resolveDue").asString()).isEqualTo("2026-10-22");
        assertThat(landIssue.get("reportedBy").asString()).isEqualTo("operator:op-1");
        assertThat(issue(VISITED, hotline).get("open").asBoolean()).isFalse();
        // the visit in the same file shows its issues as the file's issues do
        JsonNode visit = api.get("/api/v1/enterprises/" + VISITED, CADRE).body().get("visits").valueStream()
                .filter(v -> v.get("issues").valueStream().anyMatch(i -> i.get("issueId").asString().equals(land)))
                .findFirst().orElseThrow();
        var raised = visit.get("issues").valueStream()
                .collect(Collectors.toMap(issue -> issue.get("issueId").asString(), issue -> issue));
        assertThat(text(raised.get(land), "status")).isEqualTo("ACCEPTED");
        assertThat(text(raised.get(land), "department")).isEqualTo("NRP");
        assertThat(text(raised.get(land), "light")).isEqualTo("YELLOW");
        assertThat(text(raised.get(finance), "status")).isEqualTo("TRIAGE");
        assertThat(text(raised.get(finance), "department")).isNull();
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothingAndTopicsMayArriveInAnyOrder() {
        String issueId = "web-" + UUID.randomUUID();
        // resolution's ticket arrives before intake's report and routing of the same issue
        var assigned = envelope(ResolutionEvents.TICKET_ASSIGNED, issueId,
                new TicketAssignedV1(ticket(issueId, "INV", "ASSIGNED", "GREEN", 4), "TRANSFERRED", Instant.now()));
        Instant earlier = Instant.now().minusSeconds(60);
        publisher.publish(assigned);
        publishIntake(IntakeEvents.ISSUE_REPORTED, issueId, reported(issueId, "厂房扩建", "WEB"), earlier);
        publishIntake(IntakeEvents.ISSUE_ROUTED, issueId, routed(issueId, "LAND", "NRP"), earlier.plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text(issue(VISITED, issueId), "title")).isEqualTo("厂房扩建"));

        publisher.publish(assigned); // redelivered: the same event id
        var older = envelope(ResolutionEvents.TICKET_ACCEPTED, issueId,
                new TicketAcceptedV1(ticket(issueId, "NRP", "ACCEPTED", "GREEN", 2), "officer:NRP", Instant.now()));
        publisher.publish(older); // newer by time, older by ticket version
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?").param(older.id())
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(meters.find("messaging.events.duplicates").counters().stream()
                    .mapToDouble(counter -> counter.count()).sum()).isGreaterThanOrEqualTo(1);
        });

        JsonNode issue = issue(VISITED, issueId);
        assertThat(issue.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(issue.get("department").asString()).isEqualTo("INV");
        assertThat(jdbc.sql("SELECT ticket_version FROM enterprise_issue WHERE issue_id = ?").param(issueId)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theCadresPortfolioShowsLastVisitsOverdueEnterprisesAndOpenIssues() {
        List<String> ids = recordVisitRaising("环评审批");
        String permit = ids.getFirst();
        publishIntake(IntakeEvents.ISSUE_REPORTED, permit, reported(permit, "环评审批", "VISIT"));
        publishIntake(IntakeEvents.ISSUE_ROUTED, permit, routed(permit, "ENVIRONMENT", "ENV"));
        publishResolution(ResolutionEvents.LIGHT_CHANGED, permit,
                new LightChangedV1(ticket(permit, "ENV", "IN_PROGRESS", "RED", 5), "YELLOW", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text(openIssue(permit), "light")).isEqualTo("RED"));
        VisitApi.Answer portfolio = api.get("/api/v1/cadres/c-30/portfolio", CADRE);
        assertThat(portfolio.status()).isEqualTo(200);
        assertThat(portfolio.body().get("contactPeriod").asString()).isEqualTo("P3M");
        assertThat(portfolio.body().get("enterprises").asInt()).isEqualTo(2);
        assertThat(portfolio.body().get("overdue").asInt()).isEqualTo(1);
        JsonNode visited = entry(portfolio, VISITED);
        assertThat(visited.get("lastVisitedAt").isNull()).isFalse();
        assertThat(visited.get("visitedThisPeriod").asBoolean()).isTrue();
        assertThat(visited.get("overdue").asBoolean()).isFalse();
        JsonNode permitIssue = openIssue(permit);
        assertThat(permitIssue.get("department").asString()).isEqualTo("ENV");
        assertThat(permitIssue.get("status").asString()).isEqualTo("IN_PROGRESS");
        JsonNode neglected = entry(portfolio, NEGLECTED);
        assertThat(neglected.get("lastVisitedAt").isNull()).isTrue();
        assertThat(neglected.get("overdue").asBoolean()).isTrue();
        assertThat(neglected.get("openIssues")).isEmpty();

        assertThat(api.get("/api/v1/cadres/c-30/portfolio", "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/cadres/c-30/portfolio", "cadre:c-31").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cadres/c-30/portfolio", "leader:331000").status()).isEqualTo(403);
    }

    @Test
    void anIssueFlaggedAsAPossibleRepeatShowsInTriage() {
        String repeat = "web-" + UUID.randomUUID();
        publishIntake(IntakeEvents.ISSUE_REPORTED, repeat, reported(repeat, "又停电了", "WEB"));
        publishIntake(IntakeEvents.DUPLICATE_FLAGGED, repeat,
                new DuplicateFlaggedV1(repeat, "web-original", 0.91, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text(issue(VISITED, repeat), "status")).isEqualTo("TRIAGE"));
    }

    @Test
    void aRejectionOfAnIssueWhoseReportWasNotAppliedIsParkedNotDropped() {
        var deadLetters = env.probe(Topics.deadLetter(Topics.INTAKE_EVENTS));
        String unreported = "web-" + UUID.randomUUID();

        publishIntake(IntakeEvents.ISSUE_REJECTED, unreported,
                new IssueRejectedV1(unreported, "不属于政府职责", "triage:t-1", Instant.now()));

        var parked = deadLetters.await(record -> unreported.equals(record.key()));
        assertThat(EventProbe.header(parked, "dlt-reason")).contains("came before the issue's report");
    }

    @Test
    void aVisitCannotRaiseAnIssueUnderAnIdThatIntakeGaveToAnotherIssue() {
        String hotline = UUID.randomUUID().toString();
        publishIntake(IntakeEvents.ISSUE_REPORTED, hotline, reported(hotline, "停电频繁", "HOTLINE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(text(issue(VISITED, hotline), "title")).isEqualTo("停电频繁"));
        long visits = api.get("/api/v1/enterprises/" + VISITED, CADRE).body().get("visitCount").asLong();

        VisitApi.Answer answer = api.post("/api/v1/visits", CADRE, json(body("uscc", VISITED,
                "visitedAt", Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "mode", "PHONE", "summary", "电话回访", "issues", List.of(
                        body("title", "用电增容", "description", "申请增容未批复。"),
                        body("issueId", hotline, "title", "另一件事", "description", "同一个编号。")))));

        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(answer.body().get("type").asString()).endsWith("/issue-id-reused");
        assertThat(api.get("/api/v1/enterprises/" + VISITED, CADRE).body().get("visitCount").asLong())
                .as("nothing of the refused visit is stored").isEqualTo(visits);
    }

    private List<String> recordVisitRaising(String... titles) {
        var issues = Arrays.stream(titles)
                .map(title -> body("title", title, "description", title + "：企业反映的问题详情。"))
                .toList();
        VisitApi.Answer answer = api.post("/api/v1/visits", CADRE, json(body("uscc", VISITED,
                "visitedAt", Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "mode", "ON_SITE", "summary", "季度走访", "issues", issues)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.body().get("issueIds").valueStream().map(JsonNode::asString).toList();
    }

    private JsonNode issue(String uscc, String issueId) {
        VisitApi.Answer file = api.get("/api/v1/enterprises/" + uscc, CADRE);
        assertThat(file.status()).isEqualTo(200);
        return file.body().get("issues").valueStream()
                .filter(issue -> issue.get("issueId").asString().equals(issueId))
                .findFirst().orElseThrow(() -> new AssertionError("issue " + issueId + " not in the file (yet)"));
    }

    /** A field of the view as text, null while the view has not filled it: inside an await, an assertion fails. */
    private static String text(JsonNode issue, String field) {
        JsonNode value = issue.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private JsonNode openIssue(String issueId) {
        VisitApi.Answer portfolio = api.get("/api/v1/cadres/c-30/portfolio", CADRE);
        return entry(portfolio, VISITED).get("openIssues").valueStream()
                .filter(issue -> issue.get("issueId").asString().equals(issueId))
                .findFirst().orElseThrow(() -> new AssertionError("issue " + issueId + " not in the portfolio (yet)"));
    }

    private static JsonNode entry(VisitApi.Answer portfolio, String uscc) {
        return portfolio.body().get("items").valueStream()
                .filter(item -> item.get("uscc").asString().equals(uscc)).findFirst().orElseThrow();
    }

    private static IssueReportedV1 reported(String issueId, String title, String channel) {
        return new IssueReportedV1(issueId, FACTS, title, title + "：详情", null, channel, null, "operator:op-1",
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static IssueRoutedV1 routed(String issueId, String category, String department) {
        return new IssueRoutedV1(issueId, FACTS, "标题", "描述", new Routing(category, department, List.of(),
                "NORMAL", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 22), false, "rule", "default-" + category,
                1, "matched"), Instant.now(), Instant.now());
    }

    private static TicketSnapshot ticket(String issueId, String department, String state, String light,
                                         long version) {
        return new TicketSnapshot(issueId, FACTS, "LAND", department, List.of(), state, light,
                LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 22), 0, false, 0, null, version, Instant.now(),
                Instant.now());
    }

    private <T extends Record> void publishIntake(EventType<T> type, String issueId, T data) {
        publishIntake(type, issueId, data, Instant.now());
    }

    private <T extends Record> void publishIntake(EventType<T> type, String issueId, T data, Instant at) {
        publisher.publish(new EventEnvelope<>(UUID.randomUUID(), type.name(), "/intake-service", issueId,
                at.truncatedTo(ChronoUnit.MICROS), data));
    }

    private <T extends Record> void publishResolution(EventType<T> type, String issueId, T data) {
        publisher.publish(envelope(type, issueId, data));
    }

    private static <T extends Record> EventEnvelope<T> envelope(EventType<T> type, String issueId, T data) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), "/resolution-service", issueId,
                Instant.now().truncatedTo(ChronoUnit.MICROS), data);
    }
}
