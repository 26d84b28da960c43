package gov.enterprise.resolution;

import static gov.enterprise.resolution.IntakeEventsFixture.USCC;
import static gov.enterprise.resolution.IntakeEventsFixture.china;
import static gov.enterprise.resolution.IntakeEventsFixture.newIssueId;
import static gov.enterprise.resolution.IntakeEventsFixture.routedToNrp;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.resolution.ExtensionDecidedV1;
import gov.enterprise.contracts.resolution.ExtensionRequestedV1;
import gov.enterprise.contracts.resolution.FeedbackGivenV1;
import gov.enterprise.contracts.resolution.SuspensionReviewDueV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketClosedV1;
import gov.enterprise.contracts.resolution.TicketEscalatedV1;
import gov.enterprise.contracts.resolution.TicketReopenedV1;
import gov.enterprise.contracts.resolution.TicketResumedV1;
import gov.enterprise.contracts.resolution.TicketReturnedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.contracts.resolution.TicketTransferredV1;
import gov.enterprise.resolution.deadline.DeadlineEvaluation;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tickets through their whole life against the real broker and database: intake's events (played by the test) open
 * them, people act through the HTTP API, time moves with the clock, and every step comes out on
 * {@code resolution.events}, keyed by issue id, with the ticket's snapshot.
 */
@ResolutionIntegrationTest
class TicketLifecycleIT {

    private static final String OFFICER = "officer:NRP";
    private static final String CO_OFFICER = "officer:INV";
    private static final String HEAD = "head:NRP";
    private static final String CONTACT = "enterprise:" + USCC;
    private static final String LEADER = "leader:331002";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    TestEnvironment env;
    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineEvaluation evaluation;
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
    void theFullPathFromAssignedThroughAcceptedInProgressAndResolvedToClosedByTheEnterprisesVerdict() {
        String issue = open();

        clock.setTo("2026-09-24T11:00");
        var accepted = api.act(issue, "accept", OFFICER, 1, Map.of());
        clock.setTo("2026-09-28T10:00");
        var progress = api.act(issue, "progress", OFFICER, 2, Map.of("note", "Site visit booked"));
        clock.setTo("2026-09-29T10:00");
        var contributed = api.act(issue, "contribute", CO_OFFICER, 3, Map.of("note", "INV agrees to the plot"));
        clock.setTo("2026-10-14T16:00");
        var resolved = api.act(issue, "resolve", OFFICER, 4, Map.of("outcome", "SOLVED",
                "answer", "The plot is handed over on 15 October"));
        clock.setTo("2026-10-15T10:00");
        var closed = api.act(issue, "feedback", CONTACT, 5, Map.of("satisfaction", "SATISFIED"));

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.etag()).isEqualTo("\"2\"");
        assertThat(accepted.text("state")).isEqualTo("ACCEPTED");
        assertThat(accepted.text("resolveDue")).isEqualTo("2026-10-22");
        assertThat(progress.text("state")).isEqualTo("IN_PROGRESS");
        assertThat(progress.body().path("coDepartments").get(0).path("contributed").asBoolean()).isFalse();
        assertThat(progress.body().path("coDepartments").get(0).path("contributions").size()).isZero();
        var input = contributed.body().path("coDepartments").get(0);
        assertThat(input.path("contributed").asBoolean()).isTrue();
        assertThat(input.path("contributions").get(0).path("note").asString()).isEqualTo("INV agrees to the plot");
        assertThat(input.path("contributions").get(0).path("by").asString()).isEqualTo(CO_OFFICER);
        assertThat(resolved.body().path("coDepartments").get(0).path("contributions").size()).isEqualTo(1);
        assertThat(resolved.text("state")).isEqualTo("RESOLVED");
        assertThat(resolved.body().path("resolution").path("feedbackDue").asString()).isEqualTo("2026-10-21");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text("state")).isEqualTo("CLOSED");
        assertThat(closed.body().path("closing").path("timeliness").asString()).isEqualTo("ON_TIME");
        assertThat(closed.body().path("allowedActions")).isEmpty();

        List<ConsumerRecord<String, byte[]>> published = events.await(7, record -> issue.equals(record.key()), WAIT);
        assertThat(published).extracting(record -> EventProbe.header(record, CloudEventsBinding.TYPE)).containsExactly(
                "gov.enterprise.resolution.ticket-assigned.v1", "gov.enterprise.resolution.ticket-accepted.v1",
                "gov.enterprise.resolution.progress-noted.v1", "gov.enterprise.resolution.contribution-added.v1",
                "gov.enterprise.resolution.ticket-resolved.v1", "gov.enterprise.resolution.feedback-given.v1",
                "gov.enterprise.resolution.ticket-closed.v1");
        var closedEvent = (TicketClosedV1) events.decode(published.getLast()).data();
        TicketSnapshot snapshot = closedEvent.ticket();
        assertThat(snapshot.state()).isEqualTo("CLOSED");
        assertThat(snapshot.version()).isEqualTo(6);
        assertThat(snapshot.department()).isEqualTo("NRP");
        assertThat(snapshot.enterprise().regionCode()).isEqualTo("331002");
        assertThat(snapshot.enterprise().cluster()).isEqualTo("AUTO");
        assertThat(snapshot.category()).isEqualTo("LAND");
        assertThat(snapshot.outcome()).isEqualTo("SOLVED");
        assertThat(snapshot.timeliness()).isEqualTo("ON_TIME");
        assertThat(snapshot.satisfaction()).isEqualTo("SATISFIED");
        assertThat(closedEvent.workingDaysToResolve()).isEqualTo(9);

        var history = api.get("/api/v1/tickets/" + issue + "/history", OFFICER);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().path("timeline")).extracting(step -> step.path("event").asString()).containsExactly(
                "ticket-assigned", "ticket-accepted", "progress-noted", "contribution-added", "ticket-resolved",
                "feedback-given", "ticket-closed");
        assertThat(history.body().path("timeline").get(1).path("by").asString()).isEqualTo(OFFICER);
        assertThat(history.text("timeliness")).isEqualTo("ON_TIME");
        var ledger = history.body().path("ledger");
        assertThat(ledger.path("byDepartment").get(0).path("name").asString()).isEqualTo("NRP");
        assertThat(ledger.path("byDepartment").get(0).path("workingDays").asInt()).isEqualTo(10);
    }

    @Test
    void aTransferAssignsTheTicketToTheOtherDepartmentWhereItsAcceptanceClockStartsAfresh() {
        String issue = open();

        clock.setTo("2026-10-08T10:00");
        var transferred = api.act(issue, "transfer", OFFICER, 1, Map.of("toDepartment", "DRC",
                "reason", "An investment project approval"));

        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.text("department")).isEqualTo("DRC");
        assertThat(transferred.text("state")).isEqualTo("ASSIGNED");
        assertThat(transferred.text("acceptDue")).isEqualTo("2026-10-09");
        assertThat(transferred.text("resolveDue")).isEqualTo("2026-10-22");
        assertThat(api.ticket(issue, "officer:DRC").status()).isEqualTo(200);
        assertThat(api.ticket(issue, OFFICER).status()).as("NRP no longer has it").isEqualTo(404);
        var transfer = events.awaitEvent(TicketTransferredV1.class, e -> issue.equals(e.subject()));
        assertThat(transfer.data().fromDepartment()).isEqualTo("NRP");
        assertThat(transfer.data().toDepartment()).isEqualTo("DRC");
        var assigned = events.awaitEvent(TicketAssignedV1.class,
                e -> issue.equals(e.subject()) && e.data().reason().equals("TRANSFERRED"));
        assertThat(assigned.data().ticket().department()).isEqualTo("DRC");
        var history = api.get("/api/v1/tickets/" + issue + "/history", "officer:DRC").body();
        var step = history.path("timeline").valueStream()
                .filter(s -> s.path("event").asString().equals("ticket-transferred")).findFirst().orElseThrow();
        assertThat(step.path("details").has("lapsedExtension")).as("a transfer that ends no request").isFalse();
        var ledger = history.path("ledger");
        assertThat(ledger.path("byDepartment")).extracting(share -> share.path("name").asString())
                .containsExactly("NRP", "DRC");
    }

    @Test
    void anExtensionRequestWaitingAtATransferLapsesAndTheHistorySaysSo() {
        String issue = open();
        api.act(issue, "accept", OFFICER, 1, Map.of());
        clock.setTo("2026-09-25T10:00");
        api.act(issue, "extend", OFFICER, 2, Map.of("workingDays", 5, "reason", "Waiting for the land survey"));

        clock.setTo("2026-09-25T11:00");
        var transferred = api.act(issue, "transfer", OFFICER, 3, Map.of("toDepartment", "DRC",
                "reason", "An investment project approval"));

        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.body().path("extension").path("pending").isNull()).isTrue();
        var timeline = api.get("/api/v1/tickets/" + issue + "/history", "officer:DRC").body().path("timeline");
        var transfer = timeline.valueStream().filter(step -> step.path("event").asString().equals("ticket-transferred"))
                .findFirst().orElseThrow();
        var lapsed = transfer.path("details").path("lapsedExtension");
        assertThat(lapsed.path("workingDays").asInt()).isEqualTo(5);
        assertThat(lapsed.path("reason").asString()).isEqualTo("Waiting for the land survey");
        assertThat(lapsed.path("requestedBy").asString()).isEqualTo(OFFICER);
    }

    @Test
    void aReturnedTicketReachesIntakeTriageAndIntakesReroutingAssignsItToTheNewDepartment() {
        String issue = open();

        clock.setTo("2026-09-24T13:00");
        api.act(issue, "contribute", CO_OFFICER, 1, Map.of("note", "INV agrees to the plot"));
        clock.setTo("2026-09-24T14:00");
        var returned = api.act(issue, "return", OFFICER, 2, Map.of("reason", "A power connection matter"));
        // the event intake's triage consumes: which department returned it, and why
        var toIntake = events.awaitEvent(TicketReturnedV1.class, e -> issue.equals(e.subject()));
        clock.setTo("2026-09-28T09:30");
        env.publisher().publish(IntakeEventsFixture.rerouted(issue, "PWR", List.of("INV"), "NRP",
                LocalDate.parse("2026-09-29"), LocalDate.parse("2026-10-16"), china("2026-09-28T09:00")));
        var reassigned = events.awaitEvent(TicketAssignedV1.class,
                e -> issue.equals(e.subject()) && e.data().reason().equals("REROUTED"));

        assertThat(returned.text("state")).isEqualTo("RETURNED");
        assertThat(toIntake.data().department()).isEqualTo("NRP");
        assertThat(toIntake.data().reason()).isEqualTo("A power connection matter");
        assertThat(toIntake.data().ticket().state()).isEqualTo("RETURNED");
        assertThat(reassigned.data().ticket().department()).isEqualTo("PWR");
        assertThat(reassigned.data().ticket().resolveDue()).isEqualTo(LocalDate.parse("2026-10-16"));
        var atPwr = api.ticket(issue, "officer:PWR");
        assertThat(atPwr.text("state")).isEqualTo("ASSIGNED");
        // INV's input is owed afresh to the new lead; its note to NRP stays in the history only
        var input = atPwr.body().path("coDepartments").get(0);
        assertThat(input.path("department").asString()).isEqualTo("INV");
        assertThat(input.path("contributed").asBoolean()).isFalse();
        assertThat(input.path("contributions").size()).isZero();
        assertThat(api.get("/api/v1/tickets/" + issue + "/history", "officer:PWR").body().path("timeline"))
                .extracting(step -> step.path("event").asString()).contains("contribution-added");

        clock.setTo("2026-09-28T10:00");
        var again = api.act(issue, "contribute", CO_OFFICER, atPwr.body().path("version").asLong(),
                Map.of("note", "INV agrees to the connection"));
        var given = again.body().path("coDepartments").get(0);
        assertThat(given.path("contributed").asBoolean()).isTrue();
        assertThat(given.path("contributions")).as("the note to NRP belongs to the routing before")
                .extracting(note -> note.path("note").asString()).containsExactly("INV agrees to the connection");
    }

    @Test
    void anExtensionIsAskedForAndTheDepartmentHeadDeniesItThenApprovesIt() {
        String issue = open();
        clock.setTo("2026-09-24T11:00");
        api.act(issue, "accept", OFFICER, 1, Map.of());

        clock.setTo("2026-10-12T10:00");
        api.act(issue, "extend", OFFICER, 2, Map.of("workingDays", 5, "reason", "Waiting for the land survey"));
        var waiting = api.get("/api/v1/tickets?pendingExtension=true", HEAD);
        var denied = api.act(issue, "extension", HEAD, 3, Map.of("approve", false,
                "comment", "The survey can be done in time"));
        api.act(issue, "extend", OFFICER, 4, Map.of("workingDays", 5, "reason", "The surveyor is ill"));
        var approved = api.act(issue, "extension", HEAD, 5, Map.of("approve", true, "comment", "Granted"));

        assertThat(waiting.body().path("items")).extracting(item -> item.path("issueId").asString()).contains(issue);
        assertThat(waiting.body().path("counts").path("pendingExtensions").asLong()).isPositive();
        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.text("resolveDue")).isEqualTo("2026-10-22");
        assertThat(approved.text("resolveDue")).isEqualTo("2026-10-29");
        assertThat(approved.body().path("extension").path("extended").asBoolean()).isTrue();
        assertThat(approved.body().path("allowedActions")).as("the head decides; officers act")
                .extracting(a -> a.asString()).isEmpty();
        assertThat(api.ticket(issue, OFFICER).body().path("allowedActions")).extracting(a -> a.asString())
                .doesNotContain("extend");
        var decisions = events.awaitEvents(2, ExtensionDecidedV1.class, e -> issue.equals(e.subject()), WAIT);
        assertThat(decisions).extracting(e -> e.data().approved()).containsExactly(false, true);
        assertThat(decisions.getLast().data().ticket().resolveDue()).isEqualTo(LocalDate.parse("2026-10-29"));
        assertThat(decisions.getLast().data().ticket().extended()).isTrue();
        events.awaitEvents(2, ExtensionRequestedV1.class, e -> issue.equals(e.subject()), WAIT);
    }

    @Test
    void aSuspendedTicketRemindsItsDepartmentOnTheReviewDateAndResumesWithItsClockMovedOn() {
        String issue = open();
        clock.setTo("2026-09-24T11:00");
        api.act(issue, "accept", OFFICER, 1, Map.of());
        clock.setTo("2026-10-09T10:00");
        var suspended = api.act(issue, "suspend", OFFICER, 2, Map.of("reason", "Needs the 2027 land quota",
                "reviewOn", "2026-11-16"));

        clock.setTo("2026-11-15T20:00");
        evaluation.evaluate();
        events.assertNone(record -> issue.equals(record.key()) && "gov.enterprise.resolution.suspension-review-due.v1"
                .equals(EventProbe.header(record, CloudEventsBinding.TYPE)), Duration.ofMillis(500));
        clock.setTo("2026-11-16T00:30");
        evaluation.evaluate();
        var reminder = events.awaitEvent(SuspensionReviewDueV1.class, e -> issue.equals(e.subject()));
        var view = api.ticket(issue, OFFICER);
        clock.setTo("2026-11-16T10:00");
        var resumed = api.act(issue, "resume", OFFICER, view.version(), Map.of("note", "The quota came early"));

        assertThat(suspended.text("state")).isEqualTo("SUSPENDED");
        assertThat(reminder.data().reviewOn()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(view.body().path("suspension").path("reviewDue").asBoolean()).isTrue();
        assertThat(resumed.text("state")).isEqualTo("IN_PROGRESS");
        // suspended on Friday 9 October, resumed on Monday 16 November: the 27 working days in between are added
        assertThat(resumed.text("resolveDue")).isEqualTo("2026-11-30");
        events.awaitEvent(TicketResumedV1.class, e -> issue.equals(e.subject()));
    }

    @Test
    void theFirstDissatisfactionReopensTheTicketAndTheSecondEscalatesItToTheLeaderInCharge() {
        String issue = open();
        clock.setTo("2026-09-24T11:00");
        api.act(issue, "accept", OFFICER, 1, Map.of());
        clock.setTo("2026-10-14T16:00");
        api.act(issue, "resolve", OFFICER, 2, Map.of("outcome", "SOLVED", "answer", "Plot handed over"));

        clock.setTo("2026-10-15T10:00");
        var reopened = api.act(issue, "feedback", CONTACT, 3, Map.of("satisfaction", "DISSATISFIED",
                "comment", "The plot is smaller than agreed"));
        clock.setTo("2026-10-28T10:00");
        api.act(issue, "resolve", OFFICER, 4, Map.of("outcome", "EXPLAINED",
                "answer", "The plot size is fixed by the town plan"));
        clock.setTo("2026-10-29T10:00");
        var closed = api.act(issue, "feedback", CONTACT, 5, Map.of("satisfaction", "DISSATISFIED",
                "comment", "Still not acceptable"));

        assertThat(reopened.text("state")).isEqualTo("REOPENED");
        assertThat(reopened.text("resolveDue")).isEqualTo("2026-11-05");
        assertThat(events.awaitEvent(TicketReopenedV1.class, e -> issue.equals(e.subject())).data().comment())
                .isEqualTo("The plot is smaller than agreed");
        assertThat(closed.text("state")).isEqualTo("CLOSED");
        assertThat(closed.body().path("closing").path("satisfaction").asString()).isEqualTo("DISSATISFIED");
        var escalated = events.awaitEvent(TicketEscalatedV1.class, e -> issue.equals(e.subject()));
        assertThat(escalated.data().level()).isEqualTo(2);
        assertThat(escalated.data().escalatedTo()).isEqualTo(LEADER);
        assertThat(escalated.data().reason()).isEqualTo("DISSATISFIED_AGAIN");
        assertThat(events.awaitEvent(TicketClosedV1.class, e -> issue.equals(e.subject())).data().satisfaction())
                .isEqualTo("DISSATISFIED");
        var leaderQueue = api.get("/api/v1/tickets?escalated=true&state=CLOSED", LEADER);
        assertThat(leaderQueue.body().path("items")).extracting(item -> item.path("issueId").asString())
                .contains(issue);
    }

    @Test
    void withoutAVerdictInFiveWorkingDaysTheTicketClosesAsSatisfiedByDefault() {
        String issue = open();
        clock.setTo("2026-09-24T11:00");
        api.act(issue, "accept", OFFICER, 1, Map.of());
        clock.setTo("2026-10-14T16:00");
        api.act(issue, "resolve", OFFICER, 2, Map.of("outcome", "SOLVED", "answer", "Plot handed over"));

        clock.setTo("2026-10-21T23:00");
        evaluation.evaluate();
        assertThat(api.ticket(issue, OFFICER).text("state")).as("the fifth working day is still the enterprise's")
                .isEqualTo("RESOLVED");
        clock.setTo("2026-10-22T00:30");
        evaluation.evaluate();

        var view = api.ticket(issue, CONTACT);
        assertThat(view.text("state")).isEqualTo("CLOSED");
        assertThat(view.body().path("closing").path("byDefault").asBoolean()).isTrue();
        EventEnvelope<FeedbackGivenV1> feedback = events.awaitEvent(FeedbackGivenV1.class,
                e -> issue.equals(e.subject()));
        assertThat(feedback.data().byDefault()).isTrue();
        assertThat(feedback.data().satisfaction()).isEqualTo("SATISFIED");
        assertThat(feedback.data().givenBy()).isEqualTo("system");
        assertThat(events.awaitEvent(TicketClosedV1.class, e -> issue.equals(e.subject())).data().closedByDefault())
                .isTrue();
    }

    /** Intake routes a new issue to NRP on 24 September 2026; the ticket opens. */
    private String open() {
        String issue = newIssueId();
        clock.setTo("2026-09-24T10:00");
        env.publisher().publish(routedToNrp(issue));
        events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject()));
        return issue;
    }
}
