package gov.enterprise.intake;

import static gov.enterprise.intake.VisitEventsFixture.pumpMakerIn;
import static gov.enterprise.intake.VisitEventsFixture.raised;
import static gov.enterprise.intake.VisitEventsFixture.registered;
import static gov.enterprise.intake.VisitEventsFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.DuplicateConfirmedV1;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.DuplicateRejectedV1;
import gov.enterprise.contracts.intake.IssueRejectedV1;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.contracts.resolution.ResolutionEvents;
import gov.enterprise.contracts.resolution.TicketAcceptedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketReturnedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The triage desk against the real broker and database: an unclassifiable issue routed by hand, a returned ticket
 * re-routed (never to the department that returned it), and a near-duplicate flagged, confirmed and not counted; and
 * the issue view following the tickets' events, a burst of them applied once each.
 */
@IntegrationTest
@Import(IntakeTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageIT {

    private static final EnterpriseFacts PUMPS = pumpMakerIn("331002", UsccFixture.code("331002", 2));
    private static final String TRIAGE = "triage:t-1";
    private static final String ADMIN = "admin";

    @Autowired
    TestEnvironment env;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    EventProbe intake;
    Api api;

    @BeforeAll
    void enterpriseIsKnown() {
        intake = env.probe(Topics.INTAKE_EVENTS);
        api = new Api(port);
        env.publisher().publish(registered(PUMPS, "台州某某泵业有限公司"));
        Eventually.enterpriseKnown(jdbc, PUMPS.uscc());
    }

    @Test
    void anUnclassifiableIssueLandsInTriageAndIsRoutedByHand() {
        var reported = api.post("/api/v1/issues", "operator:hotline-3", Map.of("issueId", "vague-1",
                "uscc", PUMPS.uscc(), "title", "企业建议", "description", "希望政府多组织企业家之间的交流活动，比如读书会、考察学习。",
                "channel", "HOTLINE"));
        assertThat(reported.status()).isEqualTo(202);
        var triage = intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("vague-1")).data();
        assertThat(triage.reason()).isEqualTo("no dictionary term was found in the text");

        JsonNode item = queueItem("vague-1");
        assertThat(item.get("reason").asString()).isEqualTo(triage.reason());
        assertThat(item.get("allowedActions").valueStream().map(JsonNode::asString).toList())
                .containsExactly("route", "reject");
        long version = item.get("version").asLong();

        var stale = api.post("/api/v1/triage/issues/vague-1/route", TRIAGE,
                Map.of("category", "OTHER", "department", "CTY"), Map.of("If-Match", "\"" + (version + 5) + "\""));
        assertThat(stale.status()).isEqualTo(412);
        var noRule = api.post("/api/v1/triage/issues/vague-1/route", TRIAGE, Map.of("category", "OTHER"));
        assertThat(noRule.status()).isEqualTo(400);
        assertThat(noRule.json().get("errors").get(0).get("field").asString()).isEqualTo("department");
        var coWithoutLead = api.post("/api/v1/triage/issues/vague-1/route", TRIAGE,
                Map.of("category", "TAX", "coDepartments", List.of("FIN")));
        assertThat(coWithoutLead.status()).as("co-departments are not dropped without a word").isEqualTo(400);
        assertThat(coWithoutLead.json().get("errors").get(0).get("field").asString()).isEqualTo("coDepartments");
        var controlCharacter = api.post("/api/v1/triage/issues/vague-1/route", TRIAGE,
                Map.of("category", "OTHER", "department", "CTY", "note", "a\u0000b"));
        assertThat(controlCharacter.status()).isEqualTo(400);
        assertThat(controlCharacter.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        assertThat(api.post("/api/v1/triage/issues/vague-1/route", "officer:CTY",
                Map.of("category", "OTHER", "department", "CTY")).status()).isEqualTo(403);

        var routed = api.post("/api/v1/triage/issues/vague-1/route", TRIAGE,
                Map.of("category", "OTHER", "department", "CTY", "coDepartments", List.of("EIT"),
                        "note", "由属地政府牵头组织"), Map.of("If-Match", "\"" + version + "\""));

        assertThat(routed.status()).as(routed.text()).isEqualTo(200);
        assertThat(routed.json().get("state").asString()).isEqualTo("ROUTED");
        assertThat(routed.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        var event = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("vague-1")).data();
        assertThat(event.routing().leadDepartment()).isEqualTo("CTY");
        assertThat(event.routing().coDepartments()).containsExactly("EIT");
        assertThat(event.routing().decidedBy()).isEqualTo(TRIAGE);
        assertThat(event.routing().ruleId()).isNull();
        assertThat(event.routing().reason()).contains("routed by hand by triage:t-1 to CTY (由属地政府牵头组织)");
        var again = api.post("/api/v1/triage/issues/vague-1/reject", TRIAGE, Map.of("reason", "重复操作"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("state").asString()).isEqualTo("ROUTED");
    }

    @Test
    void aLeadNamedAmongItsCoDepartmentsAndRepeatedOnesAreKeptOnceAsARuleKeepsThem() {
        assertThat(api.post("/api/v1/issues", "operator:hotline-3", Map.of("issueId", "hand-co-1", "uscc",
                PUMPS.uscc(), "title", "供应商年会", "description", "公司打算年底在本地办一场供应商大会，想了解场地方面有什么要求。",
                "categoryHint", "OTHER", "channel", "HOTLINE")).status()).isEqualTo(202);
        intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("hand-co-1"));

        var routed = api.post("/api/v1/triage/issues/hand-co-1/route", TRIAGE, Map.of("category", "OTHER",
                "department", "EIT", "coDepartments", List.of("EIT", "COM", "COM")));

        assertThat(routed.status()).as(routed.text()).isEqualTo(200);
        assertThat(routed.json().get("routing").get("coDepartments").valueStream().map(JsonNode::asString).toList())
                .containsExactly("COM");
        var event = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("hand-co-1")).data();
        assertThat(event.routing().leadDepartment()).isEqualTo("EIT");
        assertThat(event.routing().coDepartments()).containsExactly("COM");
        assertThat(routed.json().get("history").valueStream().filter(h -> h.get("kind").asString().equals("routed"))
                .map(h -> h.get("detail").asString()).findFirst().orElseThrow()).startsWith("lead EIT, co [COM],");
    }

    @Test
    void triageRejectsWhatNoDepartmentCanActOn() {
        assertThat(api.post("/api/v1/issues", "operator:hotline-3", Map.of("issueId", "vague-2", "uscc",
                PUMPS.uscc(), "title", "庆典邀请", "description", "企业想邀请市领导参加公司成立三十周年庆典活动。",
                "channel", "HOTLINE")).status()).isEqualTo(202);
        intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("vague-2"));

        var rejected = api.post("/api/v1/triage/issues/vague-2/reject", TRIAGE, Map.of("reason", "非企业诉求，已电话回复"));

        assertThat(rejected.status()).isEqualTo(200);
        var event = intake.awaitEvent(IssueRejectedV1.class, e -> e.subject().equals("vague-2")).data();
        assertThat(event.reason()).isEqualTo("非企业诉求，已电话回复");
        assertThat(event.rejectedBy()).isEqualTo(TRIAGE);
        assertThat(api.get("/api/v1/issues/vague-2", "enterprise:" + PUMPS.uscc()).json().get("rejectionReason")
                .asString()).isEqualTo("非企业诉求，已电话回复");
    }

    @Test
    void aReturnedTicketGoesBackToTriageAndIsReroutedToAnotherDepartment() {
        // a narrower rule sends land matters of pump makers to the county government first
        var rule = api.post("/api/v1/routing-rules", ADMIN, Map.of("ruleId", "land-pumps", "category", "LAND",
                "cluster", "PUMP", "leadDepartment", "CTY", "coDepartments", List.of("NRP")));
        assertThat(rule.status()).as(rule.text()).isEqualTo(201);
        env.publisher().publish(visit("visit-ret", PUMPS, "c-17",
                raised("ret-1", "扩产用地", "企业扩产需要新增用地约20亩，所在乡镇今年已没有用地指标。", null)));
        var routed = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("ret-1")).data();
        assertThat(routed.routing().leadDepartment()).isEqualTo("CTY");
        assertThat(routed.routing().ruleId()).isEqualTo("land-pumps");

        publishTicket(TicketAssignedV1.class, new TicketAssignedV1(ticket("ret-1", "CTY", "ASSIGNED", 1), "ROUTED",
                Instant.parse("2026-09-25T02:01:00Z")));
        publishTicket(TicketReturnedV1.class, new TicketReturnedV1(ticket("ret-1", "CTY", "RETURNED", 2), "CTY",
                "用地指标由自然资源部门统筹，不属于本单位职责", "officer:CTY", Instant.parse("2026-09-25T03:00:00Z")));

        var back = intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("ret-1")).data();
        assertThat(back.returnedBy()).isEqualTo("CTY");
        assertThat(back.reason()).isEqualTo("returned by CTY as misrouted: 用地指标由自然资源部门统筹，不属于本单位职责");
        JsonNode item = queueItem("ret-1");
        assertThat(item.get("suggestion").get("leadDepartment").asString()).isEqualTo("NRP");
        assertThat(item.get("returns").get(0).get("department").asString()).isEqualTo("CTY");
        var backToReturner = api.post("/api/v1/triage/issues/ret-1/route", TRIAGE,
                Map.of("category", "LAND", "department", "CTY"));
        assertThat(backToReturner.status()).isEqualTo(400);
        assertThat(backToReturner.json().get("errors").get(0).get("reason").asString())
                .contains("CTY returned this issue as misrouted");

        var rerouted = api.post("/api/v1/triage/issues/ret-1/route", TRIAGE, Map.of("category", "LAND"));

        assertThat(rerouted.status()).as(rerouted.text()).isEqualTo(200);
        var event = intake.awaitEvent(IssueReroutedV1.class, e -> e.subject().equals("ret-1")).data();
        assertThat(event.routing().leadDepartment()).isEqualTo("NRP");
        assertThat(event.routing().coDepartments()).containsExactly("INV");
        assertThat(event.routing().ruleId()).isEqualTo("default-LAND");
        assertThat(event.previousDepartment()).isEqualTo("CTY");
        assertThat(event.returnReason()).isEqualTo("用地指标由自然资源部门统筹，不属于本单位职责");

        // the resolution service assigns and accepts the new ticket: the issue view follows
        publishTicket(TicketAssignedV1.class, new TicketAssignedV1(ticket("ret-1", "NRP", "ASSIGNED", 3), "REROUTED",
                Instant.parse("2026-09-25T04:00:00Z")));
        publishTicket(TicketAcceptedV1.class, new TicketAcceptedV1(ticket("ret-1", "NRP", "ACCEPTED", 4), "officer:NRP",
                Instant.parse("2026-09-28T01:00:00Z")));
        JsonNode view = awaitView("ret-1", "officer:NRP", v -> "ACCEPTED".equals(v.get("status").asString()));
        assertThat(view.get("state").asString()).isEqualTo("ROUTED");
        assertThat(view.get("department").asString()).isEqualTo("NRP");
        assertThat(view.get("resolveDue").asString()).isEqualTo("2026-10-22");
        assertThat(view.get("history").valueStream().map(h -> h.get("kind").asString()).toList()).containsExactly(
                "reported", "classified", "routed", "ticket-assigned", "returned", "classified", "rerouted",
                "ticket-assigned", "ticket-accepted");
        assertThat(api.get("/api/v1/issues/ret-1", "officer:CTY").status()).isEqualTo(404);
    }

    @Test
    void aNearDuplicateIsFlaggedAndOnceConfirmedNotCounted() {
        String contact = "enterprise:" + PUMPS.uscc();
        var first = api.post("/api/v1/issues", contact, Map.of("issueId", "dup-orig", "uscc", PUMPS.uscc(),
                "title", "用电增容", "description", "企业新增两台大型注塑机，现有变压器容量不够，申请用电增容已经两个月没有批复。",
                "channel", "APP"));
        assertThat(first.status()).isEqualTo(202);
        intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("dup-orig"));

        api.post("/api/v1/issues", "operator:hotline-3", Map.of("issueId", "dup-repeat", "uscc", PUMPS.uscc(),
                "title", "用电增容迟迟未批", "description", "企业新增了两台大型注塑机，变压器容量不够，用电增容申请两个月了还没有批复。",
                "channel", "HOTLINE"));
        var flagged = intake.awaitEvent(DuplicateFlaggedV1.class, e -> e.subject().equals("dup-repeat")).data();
        assertThat(flagged.originalIssueId()).isEqualTo("dup-orig");
        assertThat(flagged.similarity()).isGreaterThan(0.4);
        assertThat(queueItem("dup-repeat").get("allowedActions").valueStream().map(JsonNode::asString).toList())
                .containsExactly("confirm-duplicate", "reject-duplicate", "reject");
        assertThat(issueIds(contact)).contains("dup-orig", "dup-repeat");

        var confirmed = api.post("/api/v1/triage/issues/dup-repeat/duplicate/confirm", TRIAGE, Map.of());

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("state").asString()).isEqualTo("DUPLICATE");
        var event = intake.awaitEvent(DuplicateConfirmedV1.class, e -> e.subject().equals("dup-repeat")).data();
        assertThat(event.originalIssueId()).isEqualTo("dup-orig");
        assertThat(issueIds(contact)).contains("dup-orig").doesNotContain("dup-repeat");
        JsonNode original = api.get("/api/v1/issues/dup-orig", contact).json();
        assertThat(original.get("mergedDuplicates").valueStream().map(JsonNode::asString).toList())
                .containsExactly("dup-repeat");
        assertThat(api.get("/api/v1/issues?includeMerged=true", contact).json().get("items").valueStream()
                .map(i -> i.get("issueId").asString()).toList()).contains("dup-repeat");
        intake.assertNone(r -> "dup-repeat".equals(r.key()) && "gov.enterprise.intake.issue-routed.v1"
                .equals(EventProbe.header(r, "ce_type")), Duration.ofSeconds(1));
    }

    @Test
    void aRepeatIsNotMergedIntoAnOriginalRejectedSinceTheFlagButTheFlagCanBeRejected() {
        String contact = "enterprise:" + PUMPS.uscc();
        api.post("/api/v1/issues", contact, Map.of("issueId", "gone-orig", "uscc", PUMPS.uscc(), "title", "职工食堂",
                "description", "园区职工食堂的饭菜价格偏高，职工希望食堂增加几个平价窗口。", "categoryHint", "OTHER",
                "channel", "APP"));
        intake.awaitEvent(IssueSentToTriageV1.class, e -> e.subject().equals("gone-orig"));
        api.post("/api/v1/issues", "operator:hotline-3", Map.of("issueId", "gone-repeat", "uscc", PUMPS.uscc(),
                "title", "食堂饭菜贵", "description", "园区职工食堂饭菜价格偏高，职工们希望食堂能增加几个平价窗口。",
                "categoryHint", "OTHER", "channel", "HOTLINE"));
        var flagged = intake.awaitEvent(DuplicateFlaggedV1.class, e -> e.subject().equals("gone-repeat")).data();
        assertThat(flagged.originalIssueId()).isEqualTo("gone-orig");
        assertThat(api.post("/api/v1/triage/issues/gone-orig/reject", TRIAGE, Map.of("reason", "非政府职责范围"))
                .status()).isEqualTo(200);
        long version = queueItem("gone-repeat").get("version").asLong();

        var confirmed = api.post("/api/v1/triage/issues/gone-repeat/duplicate/confirm", TRIAGE, Map.of());

        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(409);
        assertThat(confirmed.json().get("type").asString()).endsWith("/issue-state");
        assertThat(confirmed.json().get("detail").asString()).contains("gone-orig").contains("REJECTED");
        assertThat(confirmed.json().get("state").asString()).isEqualTo("TRIAGE");
        assertThat(confirmed.json().get("allowedActions").valueStream().map(JsonNode::asString).toList())
                .containsExactly("reject-duplicate", "reject");
        JsonNode repeat = api.get("/api/v1/issues/gone-repeat", TRIAGE).json();
        assertThat(repeat.get("state").asString()).as("nothing changed").isEqualTo("TRIAGE");
        assertThat(repeat.get("duplicate").get("status").asString()).isEqualTo("FLAGGED");
        assertThat(repeat.get("version").asLong()).isEqualTo(version);
        assertThat(api.get("/api/v1/issues/gone-orig", TRIAGE).json().get("mergedDuplicates")).isEmpty();
        assertThat(issueIds(contact)).contains("gone-repeat");

        var rejected = api.post("/api/v1/triage/issues/gone-repeat/duplicate/reject", TRIAGE, Map.of());
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        intake.awaitEvent(DuplicateRejectedV1.class, e -> e.subject().equals("gone-repeat"));
    }

    @Test
    void aRejectedFlagLetsTheIssueBeRouted() {
        String contact = "enterprise:" + PUMPS.uscc();
        api.post("/api/v1/issues", contact, Map.of("issueId", "same-topic-1", "uscc", PUMPS.uscc(),
                "title", "招工难", "description", "春节后一线普工返岗率不到六成，生产线开不满，企业招工非常困难。", "channel", "APP"));
        intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("same-topic-1"));
        api.post("/api/v1/issues", contact, Map.of("issueId", "same-topic-2", "uscc", PUMPS.uscc(),
                "title", "招工", "description", "企业缺普工，春节后返岗率不到六成，招工困难，生产线开不满。", "channel", "APP"));
        intake.awaitEvent(DuplicateFlaggedV1.class, e -> e.subject().equals("same-topic-2"));

        var rejected = api.post("/api/v1/triage/issues/same-topic-2/duplicate/reject", TRIAGE, Map.of());

        assertThat(rejected.status()).isEqualTo(200);
        intake.awaitEvent(DuplicateRejectedV1.class, e -> e.subject().equals("same-topic-2"));
        var routed = intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals("same-topic-2")).data();
        assertThat(routed.routing().category()).isEqualTo("LABOUR");
        assertThat(routed.routing().leadDepartment()).isEqualTo("HRS");
    }

    @Test
    void aBurstOfTicketEventsAboutSeveralIssuesIsAppliedOnceEachInOrder() {
        List<String> ids = List.of("burst-3", "burst-1", "burst-2");
        env.publisher().publish(visit("visit-burst", PUMPS, "c-17",
                raised("burst-1", "土地证办理", "老厂区的土地证一直没有办下来，影响银行抵押贷款。", "LAND"),
                raised("burst-2", "规划调整", "厂区东侧地块规划性质需要由仓储调整为工业。", "LAND"),
                raised("burst-3", "临时堆场", "码头附近临时堆场租期到期，续租手续不清楚找哪个部门。", "LAND")));
        ids.forEach(id -> intake.awaitEvent(IssueRoutedV1.class, e -> e.subject().equals(id)));

        // two events per issue, published back to back: most of them arrive in one poll
        for (String id : ids) {
            publishTicket(TicketAssignedV1.class, new TicketAssignedV1(ticket(id, "NRP", "ASSIGNED", 1), "ROUTED",
                    Instant.parse("2026-09-25T02:01:00Z")));
        }
        for (String id : ids) {
            publishTicket(TicketAcceptedV1.class, new TicketAcceptedV1(ticket(id, "NRP", "ACCEPTED", 2),
                    "officer:NRP", Instant.parse("2026-09-28T01:00:00Z")));
        }

        for (String id : ids) {
            JsonNode view = awaitView(id, "officer:NRP", v -> "ACCEPTED".equals(v.get("status").asString()));
            assertThat(view.get("history").valueStream().map(h -> h.get("kind").asString()).toList())
                    .as(id).containsExactly("reported", "classified", "routed", "ticket-assigned", "ticket-accepted");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM issue_history WHERE issue_id LIKE 'burst-%'"
                + " AND kind LIKE 'ticket-%'").query(Long.class).single()).isEqualTo(6L);
    }

    @Test
    void aTicketEventAboutAnUnknownIssueIsDeadLetteredWithTheReason() {
        var deadLetters = env.probe(Topics.deadLetter(Topics.RESOLUTION_EVENTS));

        publishTicket(TicketAcceptedV1.class, new TicketAcceptedV1(ticket("never-reported", "NRP", "ACCEPTED", 2),
                "officer:NRP", Instant.parse("2026-09-28T01:00:00Z")));

        var parked = deadLetters.await(r -> "never-reported".equals(r.key()));
        assertThat(EventProbe.header(parked, "dlt-reason")).contains("No issue never-reported");
    }

    private JsonNode queueItem(String issueId) {
        var queue = api.get("/api/v1/triage/issues?limit=200", TRIAGE);
        assertThat(queue.status()).as(queue.text()).isEqualTo(200);
        return queue.json().get("items").valueStream().filter(i -> i.get("issueId").asString().equals(issueId))
                .findFirst().orElseThrow(() -> new AssertionError(issueId + " is not in the triage queue: " + queue));
    }

    private List<String> issueIds(String subject) {
        return api.get("/api/v1/issues", subject).json().get("items").valueStream()
                .map(i -> i.get("issueId").asString()).toList();
    }

    private JsonNode awaitView(String issueId, String subject, Predicate<JsonNode> ready) {
        long deadline = System.nanoTime() + EventProbe.DEFAULT_TIMEOUT.toNanos();
        while (true) {
            var view = api.get("/api/v1/issues/" + issueId, subject);
            if (view.status() == 200 && ready.test(view.json())) {
                return view.json();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("issue view never got ready: " + view);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static TicketSnapshot ticket(String issueId, String department, String state, long version) {
        return new TicketSnapshot(issueId, PUMPS, "LAND", department, List.of(), state, "GREEN",
                LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-22"), 0, false, 0, null, version,
                Instant.parse("2026-09-24T06:00:00Z"), Instant.parse("2026-09-25T02:01:00Z"));
    }

    private <T extends Record> void publishTicket(Class<T> type, T event) {
        var eventType = ResolutionEvents.ALL.stream().filter(t -> t.payloadType().equals(type)).findFirst()
                .orElseThrow();
        String issueId = switch (event) {
            case TicketAssignedV1 e -> e.ticket().issueId();
            case TicketAcceptedV1 e -> e.ticket().issueId();
            case TicketReturnedV1 e -> e.ticket().issueId();
            default -> throw new IllegalArgumentException(type.getName());
        };
        env.publisher().publish(new EventEnvelope<>(UUID.randomUUID(), eventType.name(), "/resolution-service",
                issueId, Instant.parse("2026-09-25T03:00:00Z"), event));
    }
}
