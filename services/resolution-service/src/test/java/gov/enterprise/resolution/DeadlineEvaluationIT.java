package gov.enterprise.resolution;

import static gov.enterprise.resolution.IntakeEventsFixture.ACME;
import static gov.enterprise.resolution.IntakeEventsFixture.china;
import static gov.enterprise.resolution.IntakeEventsFixture.newIssueId;
import static gov.enterprise.resolution.IntakeEventsFixture.routedToNrp;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.resolution.LightChangedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketEscalatedV1;
import gov.enterprise.resolution.deadline.DeadlineEvaluation;
import gov.enterprise.resolution.handling.TicketOpening;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.Routing;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The deadline evaluation driven by a moved clock across the 2026 Mid-Autumn and National Day holidays: lights
 * turn, the escalation ladder climbs (each step an event, in the ticket's history and in the supervisor's queue),
 * and instances evaluating at once never act on a ticket twice.
 */
@ResolutionIntegrationTest
// small batches: the 120 tickets of the concurrency test are 24 batches, so the instance that starts second still
// finds batches to take (with 25 a ticket, on a slow machine the first took all five before the second began)
@TestPropertySource(properties = "resolution.deadlines.evaluation-batch-size=5")
class DeadlineEvaluationIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    TestEnvironment env;
    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineEvaluation evaluation;
    @Autowired
    TicketOpening opening;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    ResolutionApi api;
    EventProbe events;

    @BeforeEach
    void setUp() {
        api = new ResolutionApi(port);
        events = env.probe(Topics.RESOLUTION_EVENTS);
    }

    @Test
    void anUnacceptedTicketTurnsYellowThenRedClimbsToTheHeadAndAfterFiveMoreWorkingDaysToTheLeader() {
        String issue = open();

        clock.setTo("2026-09-25T09:00");                       // a holiday: no time is used
        evaluation.evaluate();
        clock.setTo("2026-09-28T08:00");                       // the acceptance day
        evaluation.evaluate();
        var yellow = events.awaitEvent(LightChangedV1.class, e -> issue.equals(e.subject()));
        clock.setTo("2026-09-29T00:10");                       // overdue
        evaluation.evaluate();
        var red = events.awaitEvent(LightChangedV1.class, e -> issue.equals(e.subject())
                && e.data().ticket().light().equals("RED"));
        var toHead = events.awaitEvent(TicketEscalatedV1.class, e -> issue.equals(e.subject()));
        var headQueue = api.get("/api/v1/tickets?escalated=true&limit=200", "head:NRP");
        var leaderQueueWhileWithTheHead = api.get("/api/v1/tickets?escalated=true&limit=200", "leader:331002");
        var leaderTabsWhileWithTheHead = api.get("/api/v1/tickets?limit=200", "leader:331002");
        var headTabs = api.get("/api/v1/tickets?limit=200", "head:NRP");
        clock.setTo("2026-10-09T18:00");                       // 4 working days overdue (1–7 October off)
        evaluation.evaluate();
        assertThat(escalations(issue)).as("still with the head").isEqualTo(1);
        clock.setTo("2026-10-10T08:00");                       // the make-up working Saturday: 5 working days
        evaluation.evaluate();
        var toLeader = events.awaitEvent(TicketEscalatedV1.class, e -> issue.equals(e.subject())
                && e.data().level() == 2);
        var leaderQueue = api.get("/api/v1/tickets?escalated=true&limit=200", "leader:331002");

        assertThat(yellow.data().previousLight()).isEqualTo("GREEN");
        assertThat(yellow.data().ticket().light()).isEqualTo("YELLOW");
        assertThat(red.data().previousLight()).isEqualTo("YELLOW");
        assertThat(toHead.data().level()).isEqualTo(1);
        assertThat(toHead.data().escalatedTo()).isEqualTo("head:NRP");
        assertThat(toHead.data().reason()).isEqualTo("OVERDUE");
        assertThat(toHead.data().ticket().escalationLevel()).isEqualTo(1);
        assertThat(ids(headQueue)).contains(issue);
        assertThat(ids(leaderQueueWhileWithTheHead)).as("a leader's escalated tickets are at level 2")
                .doesNotContain(issue);
        // the tabs' numbers come with the unfiltered queue: the escalated one is what the escalated tab lists
        assertThat(headTabs.body().path("counts").path("escalated").asLong()).as("the head's escalated tab")
                .isEqualTo(ids(headQueue).size());
        assertThat(leaderTabsWhileWithTheHead.body().path("counts").path("escalated").asLong())
                .as("the leader's escalated tab").isEqualTo(ids(leaderQueueWhileWithTheHead).size());
        assertThat(toLeader.data().escalatedTo()).isEqualTo("leader:331002");
        assertThat(toLeader.data().reason()).isEqualTo("OVERDUE_FURTHER");
        assertThat(ids(leaderQueue)).contains(issue);
        assertThat(alarm(issue)).as("nothing left to evaluate once with the leader").isEmpty();
        var timeline = api.get("/api/v1/tickets/" + issue + "/history", "head:NRP").body().path("timeline");
        assertThat(timeline.valueStream().map(step -> step.path("event").asString()).toList()).containsExactly(
                "ticket-assigned", "light-changed", "light-changed", "ticket-escalated", "ticket-escalated");
        assertThat(timeline.get(3).path("by").asString()).isEqualTo("system");
    }

    @Test
    void anAcceptedTicketTurnsYellowWithTwelveOfItsFifteenWorkingDaysUsedAndRedTheDayAfterItsDeadline() {
        String issue = open();
        assertThat(alarm(issue)).as("the acceptance day turns it yellow").contains(LocalDate.parse("2026-09-28"));
        clock.setTo("2026-09-24T11:00");
        api.act(issue, "accept", "officer:NRP", 1, Map.of());
        assertThat(alarm(issue)).as("the officer's action set the resolution clock's day")
                .contains(LocalDate.parse("2026-10-19"));

        clock.setTo("2026-10-16T20:00");
        evaluation.evaluate();
        assertThat(api.ticket(issue, "officer:NRP").text("light")).isEqualTo("GREEN");
        clock.setTo("2026-10-19T07:00");
        evaluation.evaluate();
        var yellow = events.awaitEvent(LightChangedV1.class, e -> issue.equals(e.subject()));
        clock.setTo("2026-10-22T23:00");
        evaluation.evaluate();
        clock.setTo("2026-10-23T00:30");
        evaluation.evaluate();
        var red = events.awaitEvent(LightChangedV1.class, e -> issue.equals(e.subject())
                && e.data().ticket().light().equals("RED"));

        assertThat(yellow.data().at()).isEqualTo(china("2026-10-19T07:00"));
        assertThat(red.data().at()).isEqualTo(china("2026-10-23T00:30"));
        assertThat(events.awaitEvent(TicketEscalatedV1.class, e -> issue.equals(e.subject())).data().level())
                .isEqualTo(1);
    }

    @Test
    void twoInstancesEvaluatingAtOnceChangeEveryTicketExactlyOnce() throws Exception {
        clock.setTo("2026-09-24T10:00");
        var issues = new ArrayList<String>();
        for (int i = 0; i < 120; i++) {
            String issue = "EVAL-" + i + "-" + newIssueId();
            issues.add(issue);
            opening.routed(issue, new Enterprise(ACME.uscc(), ACME.regionCode(), ACME.cluster(), ACME.scale()),
                    "Power connection", "Waiting for the grid", new Routing("POWER", "NORMAL", "PWR", List.of(),
                            LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-22")),
                    china("2026-09-24T09:00"), china("2026-09-24T10:00"));
        }

        clock.setTo("2026-10-12T09:00");                       // overdue by 6 working days: red, head, leader
        var barrier = new CyclicBarrier(2);
        var instances = List.of(
                CompletableFuture.supplyAsync(() -> evaluateAfter(barrier)),
                CompletableFuture.supplyAsync(() -> evaluateAfter(barrier)));
        var results = instances.stream().map(CompletableFuture::join).toList();

        int changedByBoth = results.stream().mapToInt(DeadlineEvaluation.Result::total).sum();
        assertThat(changedByBoth).isGreaterThanOrEqualTo(issues.size());
        assertThat(results).as("both instances took part").allSatisfy(result -> assertThat(result.total()).isPositive());
        Map<String, Object> steps = jdbc.sql("""
                select count(*) filter (where event = 'light-changed') as lights,
                       count(*) filter (where event = 'ticket-escalated') as escalations
                from ticket_history where issue_id like 'EVAL-%'""").query().singleRow();
        assertThat(((Number) steps.get("lights")).intValue()).isEqualTo(issues.size());
        assertThat(((Number) steps.get("escalations")).intValue()).isEqualTo(2 * issues.size());
        var published = events.await(issues.size() * 4, record -> record.key().startsWith("EVAL-"), WAIT);
        assertThat(published).hasSize(issues.size() * 4);
        events.assertNone(record -> false, Duration.ofSeconds(1));
        assertThat(events.received()).filteredOn(record -> record.key().startsWith("EVAL-")).hasSize(issues.size() * 4);
        assertThat(evaluation.evaluate().total()).as("nothing is left to do today").isZero();
        assertThat(jdbc.sql("select count(*) from ticket_alarm where issue_id like 'EVAL-%'").query(Integer.class)
                .single()).as("red at the top of the ladder: nothing left for the evaluation, no alarm").isZero();
    }

    private DeadlineEvaluation.Result evaluateAfter(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return evaluation.evaluate();
    }

    private String open() {
        String issue = newIssueId();
        clock.setTo("2026-09-24T10:00");
        env.publisher().publish(routedToNrp(issue));
        events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject()));
        return issue;
    }

    /** The day the evaluation will next look at the ticket (its row in ticket_alarm), if any. */
    private Optional<LocalDate> alarm(String issue) {
        return jdbc.sql("select due_on from ticket_alarm where issue_id = ?").param(issue).query(LocalDate.class)
                .optional();
    }

    private int escalations(String issue) {
        return jdbc.sql("select count(*) from ticket_history where issue_id = ? and event = 'ticket-escalated'")
                .param(issue).query(Integer.class).single();
    }

    private static List<String> ids(ResolutionApi.Answer answer) {
        return answer.body().path("items").valueStream().map(item -> item.path("issueId").asString()).toList();
    }
}
