package gov.enterprise.resolution;

import static gov.enterprise.resolution.IntakeEventsFixture.OTHER_USCC;
import static gov.enterprise.resolution.IntakeEventsFixture.USCC;
import static gov.enterprise.resolution.IntakeEventsFixture.newIssueId;
import static gov.enterprise.resolution.IntakeEventsFixture.routedToNrp;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.resolution.TicketAcceptedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.resolution.ResolutionApi.Answer;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ticket API's rules against the real service: versions ({@code If-Match}: 428, 412, and of two concurrent
 * accepts exactly one wins), the state machine's 409, who sees and does what (404, 403), bad input (400, nothing
 * changes), and the work queues with their filters, keyset pages and counts.
 */
@ResolutionIntegrationTest
class TicketApiIT {

    private static final String OFFICER = "officer:NRP";

    @Autowired
    TestEnvironment env;
    @Autowired
    MovableClock clock;
    @LocalServerPort
    int port;

    ResolutionApi api;
    EventProbe events;

    @BeforeEach
    void setUp() {
        api = new ResolutionApi(port);
        events = env.probe(Topics.RESOLUTION_EVENTS);
        clock.setTo("2026-09-24T10:30");
    }

    @Test
    void twoOfficersAcceptingTheSameVersionAtOnceNeverBothWin() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        var issues = new ArrayList<String>();
        try {
            for (int round = 0; round < 5; round++) {
                String issue = open();
                issues.add(issue);
                var ready = new CountDownLatch(2);
                var go = new CountDownLatch(1);
                var attempts = new ArrayList<CompletableFuture<Answer>>();
                for (int officer = 0; officer < 2; officer++) {
                    attempts.add(CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        await(go);
                        return api.act(issue, "accept", OFFICER, 1, Map.of());
                    }, pool));
                }
                ready.await();
                go.countDown();
                List<Answer> answers = attempts.stream().map(CompletableFuture::join).toList();

                assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 412);
                Answer lost = answers.stream().filter(a -> a.status() == 412).findFirst().orElseThrow();
                assertThat(lost.etag()).isEqualTo("\"2\"");
                assertThat(lost.body().path("currentVersion").asLong()).isEqualTo(2);
                events.awaitEvent(TicketAcceptedV1.class, e -> issue.equals(e.subject()));
                assertThat(history(issue)).containsExactly("ticket-assigned", "ticket-accepted");
            }
        } finally {
            pool.shutdownNow();
        }
        events.assertNone(record -> false, Duration.ofSeconds(1));
        for (String issue : issues) {
            assertThat(events.received()).filteredOn(record -> issue.equals(record.key())).extracting(
                    record -> EventProbe.header(record, CloudEventsBinding.TYPE)).as("published for %s", issue)
                    .containsExactly("gov.enterprise.resolution.ticket-assigned.v1",
                            "gov.enterprise.resolution.ticket-accepted.v1");
        }
    }

    @Test
    void anActionWithoutAVersionIsRefusedWith428AndAStaleVersionWith412AndTheCurrentEtag() {
        String issue = open();

        var withoutVersion = api.post("/api/v1/tickets/" + issue + "/accept", OFFICER, null, Map.of());
        var anyVersion = api.post("/api/v1/tickets/" + issue + "/accept", OFFICER, "*", Map.of());
        api.act(issue, "accept", OFFICER, 1, Map.of());
        var stale = api.act(issue, "progress", OFFICER, 1, Map.of("note", "Called them"));

        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(withoutVersion.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(anyVersion.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.etag()).isEqualTo("\"2\"");
        assertThat(api.ticket(issue, OFFICER).text("state")).isEqualTo("ACCEPTED");
    }

    @Test
    void ifMatchIsReadAsInEveryServiceAListOfStrongTags() {
        String issue = open();

        var weak = api.post("/api/v1/tickets/" + issue + "/accept", OFFICER, "W/\"1\"", Map.of());
        var notATag = api.post("/api/v1/tickets/" + issue + "/accept", OFFICER, "version 1", Map.of());
        var list = api.post("/api/v1/tickets/" + issue + "/accept", OFFICER, "\"7\", W/\"1\", \"1\"", Map.of());

        assertThat(weak.status()).as("a weak tag never matches").isEqualTo(412);
        assertThat(weak.text("detail")).contains("W/\"3\" never matches");
        assertThat(notATag.status()).isEqualTo(400);
        assertThat(notATag.body().path("errors").get(0).path("field").asString()).isEqualTo("If-Match");
        assertThat(list.status()).as("a list naming the current version matches").isEqualTo(200);
        assertThat(list.etag()).isEqualTo("\"2\"");
    }

    @Test
    void anActionTheStateDoesNotAllowIs409NamingTheStateAndWhatTheCallerMayDo() {
        String issue = open();

        var refused = api.act(issue, "resolve", OFFICER, 1, Map.of("outcome", "SOLVED", "answer", "Done"));
        var view = api.ticket(issue, OFFICER);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("https://ticketing.example/problems/ticket-state");
        assertThat(refused.text("state")).isEqualTo("ASSIGNED");
        assertThat(refused.text("action")).isEqualTo("resolve");
        assertThat(refused.text("detail")).isEqualTo("'resolve' is not possible on a ticket in state ASSIGNED");
        assertThat(refused.body().path("allowedActions")).extracting(a -> a.asString())
                .containsExactly("accept", "transfer", "return");
        assertThat(view.etag()).isEqualTo("\"1\"");
        assertThat(view.body().path("allowedActions")).extracting(a -> a.asString())
                .containsExactly("accept", "transfer", "return");
    }

    @Test
    void anotherDepartmentsOrEnterprisesTicketIsNotFoundAndACoDepartmentMayOnlyContribute() {
        String issue = open();

        assertThat(api.ticket(issue, "officer:DRC").status()).isEqualTo(404);
        assertThat(api.act(issue, "accept", "officer:DRC", 1, Map.of()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + issue + "/history", "officer:DRC").status()).isEqualTo(404);
        assertThat(api.ticket(issue, "enterprise:" + OTHER_USCC).status()).isEqualTo(404);
        assertThat(api.ticket(issue, "leader:331003").status()).isEqualTo(404);
        assertThat(api.ticket("ISS-NO-SUCH-TICKET", OFFICER).status()).isEqualTo(404);

        var coView = api.ticket(issue, "officer:INV");
        var coAccept = api.act(issue, "accept", "officer:INV", 1, Map.of());
        var headAccept = api.act(issue, "accept", "head:NRP", 1, Map.of());
        var contactAccept = api.act(issue, "accept", "enterprise:" + USCC, 1, Map.of());
        var anonymous = api.ticket(issue, null);

        assertThat(coView.status()).isEqualTo(200);
        assertThat(coView.body().path("allowedActions")).extracting(a -> a.asString()).containsExactly("contribute");
        assertThat(coAccept.status()).isEqualTo(403);
        assertThat(coAccept.text("detail")).isEqualTo("a co-department may only contribute to this ticket");
        assertThat(headAccept.status()).isEqualTo(403);
        assertThat(contactAccept.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.ticket(issue, "leader:331000").status()).as("the city's leader reads").isEqualTo(200);
        assertThat(api.ticket(issue, "enterprise:" + USCC).status()).isEqualTo(200);
        assertThat(api.ticket(issue, OFFICER).version()).as("nothing changed").isEqualTo(1);
    }

    @Test
    void badInputIs400NamingTheFieldAndChangesNothing() {
        String issue = open();

        var noReason = api.act(issue, "transfer", OFFICER, 1, Map.of("toDepartment", "DRC"));
        var unknownDepartment = api.act(issue, "transfer", OFFICER, 1, Map.of("toDepartment", "XYZ",
                "reason", "Somebody else's"));
        var ownDepartment = api.act(issue, "transfer", OFFICER, 1, Map.of("toDepartment", "NRP", "reason", "Hm"));
        var notJson = api.post("/api/v1/tickets/" + issue + "/transfer", OFFICER, "\"1\"", "{not json");
        api.act(issue, "accept", OFFICER, 1, Map.of());
        var plannedWithoutDay = api.act(issue, "resolve", OFFICER, 2, Map.of("outcome", "PLANNED",
                "answer", "Next year"));
        var badOutcome = api.act(issue, "resolve", OFFICER, 2, Map.of("outcome", "MAYBE", "answer", "Hm"));
        var pastReview = api.act(issue, "suspend", OFFICER, 2, Map.of("reason", "Policy", "reviewOn", "2026-09-01"));
        var tooLong = api.act(issue, "extend", OFFICER, 2, Map.of("workingDays", 0, "reason", "Survey"));
        var farReview = api.act(issue, "suspend", OFFICER, 2, Map.of("reason", "Policy", "reviewOn", "2028-01-01"));
        var yearTenThousand = api.act(issue, "suspend", OFFICER, 2, Map.of("reason", "Policy",
                "reviewOn", "+10000-01-01"));
        var farPlan = api.act(issue, "resolve", OFFICER, 2, Map.of("outcome", "PLANNED", "answer", "Later",
                "plannedFor", "2032-01-01"));
        var nul = api.act(issue, "progress", OFFICER, 2, Map.of("note", "a\u0000b"));
        var numberForOutcome = api.act(issue, "resolve", OFFICER, 2, Map.of("outcome", 0, "answer", "Done"));
        var fraction = api.act(issue, "extend", OFFICER, 2, Map.of("workingDays", 2.9, "reason", "Survey"));

        assertThat(field(noReason)).isEqualTo("reason");
        assertThat(field(unknownDepartment)).isEqualTo("toDepartment");
        assertThat(field(ownDepartment)).isEqualTo("toDepartment");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(field(plannedWithoutDay)).isEqualTo("plannedFor");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(field(pastReview)).isEqualTo("reviewOn");
        assertThat(field(tooLong)).isEqualTo("workingDays");
        assertThat(field(farReview)).isEqualTo("reviewOn");
        assertThat(field(yearTenThousand)).isEqualTo("reviewOn");
        assertThat(field(farPlan)).isEqualTo("plannedFor");
        assertThat(field(nul)).isEqualTo("note");
        assertThat(field(numberForOutcome)).isEqualTo("outcome");
        assertThat(field(fraction)).isEqualTo("workingDays");
        assertThat(api.ticket(issue, OFFICER).version()).isEqualTo(2);
        assertThat(history(issue)).containsExactly("ticket-assigned", "ticket-accepted");
    }

    @Test
    void theWorkQueueFiltersSortsByDeadlinePagesByKeysetAndCounts() {
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issues.add(open());
        }
        String suspended = open();
        clock.setTo("2026-09-24T11:00");
        api.act(issues.get(0), "accept", OFFICER, 1, Map.of());
        api.act(suspended, "accept", OFFICER, 1, Map.of());
        api.act(suspended, "suspend", OFFICER, 2, Map.of("reason", "待明年用地指标", "reviewOn", "2026-12-01"));
        clock.setTo("2026-09-28T09:00");

        var firstPage = api.get("/api/v1/tickets?state=ASSIGNED&limit=2", OFFICER);
        var secondPage = api.get("/api/v1/tickets?state=ASSIGNED&limit=2&cursor="
                + firstPage.text("nextCursor"), OFFICER);
        var yellow = api.get("/api/v1/tickets?light=YELLOW&limit=200", OFFICER);
        var accepted = api.get("/api/v1/tickets?state=ACCEPTED&limit=200", OFFICER);
        var coQueue = api.get("/api/v1/tickets?involvement=co&limit=200", "officer:INV");
        var enterpriseQueue = api.get("/api/v1/tickets?limit=200", "enterprise:" + USCC);
        var leaderQueue = api.get("/api/v1/tickets?region=331002&category=LAND&limit=200", "leader:331000");
        var otherDepartment = api.get("/api/v1/tickets?department=DRC", OFFICER);
        var badState = api.get("/api/v1/tickets?state=LOST", OFFICER);
        var noState = api.get("/api/v1/tickets?state=,", OFFICER);
        var passingState = api.get("/api/v1/tickets?state=TRANSFERRED", OFFICER);
        var listedStates = api.get("/api/v1/tickets?state=ASSIGNED,,ACCEPTED,", OFFICER);
        var badCursor = api.get("/api/v1/tickets?cursor=%25%25", OFFICER);
        var unknownCategory = api.get("/api/v1/tickets?category=FOO", OFFICER);
        var lowerCaseCategory = api.get("/api/v1/tickets?category=land", OFFICER);
        var unknownDepartment = api.get("/api/v1/tickets?department=XYZ", "leader:331000");
        var nulCursor = api.get("/api/v1/tickets?cursor=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("2026-12-01\u001fA\u0000B".getBytes(StandardCharsets.UTF_8)), OFFICER);

        assertThat(firstPage.status()).isEqualTo(200);
        assertThat(firstPage.body().path("items")).hasSize(2);
        assertThat(secondPage.body().path("items")).hasSize(2);
        var firstIds = ids(firstPage);
        var secondIds = ids(secondPage);
        assertThat(firstIds).doesNotContainAnyElementsOf(secondIds);
        assertThat(firstPage.body().path("items").get(0).path("dueOn").asString()).isEqualTo("2026-09-28");
        // the acceptance deadline is today: yellow; the accepted one has 15 working days: green
        assertThat(ids(yellow)).containsAll(issues.subList(1, 5)).doesNotContain(issues.get(0));
        // a stopped clock has no light to filter by: the light tabs count running deadlines only
        assertThat(ids(api.get("/api/v1/tickets?light=GREEN&limit=200", OFFICER))).contains(issues.get(0))
                .doesNotContain(suspended);
        assertThat(ids(accepted)).contains(issues.get(0));
        var counts = firstPage.body().path("counts");
        assertThat(counts.path("byState").path("ASSIGNED").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(counts.path("byState").path("ACCEPTED").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(counts.path("byLight").path("YELLOW").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(ids(coQueue)).containsAll(issues);
        assertThat(coQueue.body().path("items").get(0).path("contributed").asBoolean()).isFalse();
        assertThat(ids(enterpriseQueue)).containsAll(issues);
        assertThat(ids(leaderQueue)).containsAll(issues);
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat(field(badState)).isEqualTo("state");
        assertThat(field(noState)).as("a list of no state is not the default states").isEqualTo("state");
        assertThat(field(passingState)).as("no ticket rests in TRANSFERRED").isEqualTo("state");
        assertThat(listedStates.status()).as("empty list elements are ignored").isEqualTo(200);
        assertThat(field(badCursor)).isEqualTo("cursor");
        // a filter naming nothing known is not an empty queue, which would read as nothing to do
        assertThat(field(unknownCategory)).isEqualTo("category");
        assertThat(field(lowerCaseCategory)).isEqualTo("category");
        assertThat(field(unknownDepartment)).isEqualTo("department");
        assertThat(field(nulCursor)).as("a NUL never reaches the query").isEqualTo("cursor");
    }

    @Test
    void anOverdueTicketShowsRedInTheQueueBeforeAnyEvaluationRan() {
        String issue = open();
        clock.setTo("2026-09-30T08:00");

        var overdue = api.get("/api/v1/tickets?overdue=true&limit=200", OFFICER);
        var view = api.ticket(issue, OFFICER);

        assertThat(ids(overdue)).contains(issue);
        assertThat(view.text("light")).isEqualTo("RED");
        assertThat(view.body().path("overdue").asBoolean()).isTrue();
        // INV's 3 working days for its input end today: yellow
        assertThat(view.body().path("coDepartments").get(0).path("due").asString()).isEqualTo("2026-09-30");
        assertThat(view.body().path("coDepartments").get(0).path("light").asString()).isEqualTo("YELLOW");
    }

    private String open() {
        String issue = newIssueId();
        env.publisher().publish(routedToNrp(issue));
        events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject()));
        return issue;
    }

    private List<String> history(String issue) {
        return api.get("/api/v1/tickets/" + issue + "/history", OFFICER).body().path("timeline").valueStream()
                .map(step -> step.path("event").asString()).toList();
    }

    private static List<String> ids(Answer answer) {
        return answer.body().path("items").valueStream().map(item -> item.path("issueId").asString()).toList();
    }

    private static String field(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        return answer.body().path("errors").get(0).path("field").asString();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
