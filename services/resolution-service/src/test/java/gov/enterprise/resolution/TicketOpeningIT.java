package gov.enterprise.resolution;

import static gov.enterprise.resolution.IntakeEventsFixture.china;
import static gov.enterprise.resolution.IntakeEventsFixture.newIssueId;
import static gov.enterprise.resolution.IntakeEventsFixture.routedToNrp;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tickets opened from intake's events: one per issue, whatever is redelivered; contradictions dead-lettered. */
@ResolutionIntegrationTest
class TicketOpeningIT {

    @Autowired
    TestEnvironment env;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    EventProbe events;

    @BeforeEach
    void setUp() {
        events = env.probe(Topics.RESOLUTION_EVENTS);
        clock.setTo("2026-09-24T10:05");
    }

    @Test
    void aRoutedIssueBecomesOneTicketInItsLeadDepartmentsQueueEvenIfTheEventComesAgain() {
        String issue = newIssueId();
        EventEnvelope<IssueRoutedV1> routed = routedToNrp(issue);

        env.publisher().publish(routed);
        env.publisher().publish(routed);                                    // redelivered: same event id
        env.publisher().publish(new EventEnvelope<>(UUID.randomUUID(), routed.type(), routed.source(),
                routed.subject(), routed.time(), routed.data()));           // published again: a new event id

        var assigned = events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject()));
        events.assertNone(record -> issue.equals(record.key()) && !record.equals(events.received().stream()
                .filter(r -> issue.equals(r.key())).findFirst().orElseThrow()), Duration.ofSeconds(3));
        assertThat(assigned.data().reason()).isEqualTo("ROUTED");
        assertThat(assigned.data().ticket().department()).isEqualTo("NRP");
        assertThat(assigned.data().ticket().coDepartments()).containsExactly("INV");
        assertThat(assigned.data().ticket().acceptDue()).isEqualTo(LocalDate.parse("2026-09-28"));
        assertThat(assigned.data().ticket().resolveDue()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(assigned.data().ticket().version()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ticket where issue_id = ?").param(issue).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ticket_history where issue_id = ?").param(issue)
                .query(Integer.class).single()).isEqualTo(1);
        var queue = new ResolutionApi(port).get("/api/v1/tickets?limit=200", "officer:NRP");
        assertThat(queue.body().path("items").valueStream().map(item -> item.path("issueId").asString()))
                .contains(issue);
    }

    @Test
    void aBurstOfRoutedIssuesOpensOneTicketEachWithItsHistoryAlarmAndEvent() {
        List<String> issues = IntStream.range(0, 40).mapToObj(i -> newIssueId()).toList();
        // published back to back, twice each: most arrive in a few polls, each poll's tickets written together
        issues.forEach(issue -> env.publisher().publish(routedToNrp(issue)));
        issues.forEach(issue -> env.publisher().publish(routedToNrp(issue)));

        issues.forEach(issue -> events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject())));
        events.assertNone(record -> issues.contains(record.key()) && events.received().stream()
                .filter(r -> record.key().equals(r.key())).count() > 1, Duration.ofSeconds(3));
        String[] ids = issues.toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from ticket where issue_id = any(?) and version = 1").param(ids)
                .query(Integer.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("select count(*) from ticket_history where issue_id = any(?)"
                + " and event = 'ticket-assigned'").param(ids).query(Integer.class).single()).isEqualTo(40);
        assertThat(jdbc.sql("select count(distinct event) from ticket_history where issue_id = any(?)").param(ids)
                .query(Integer.class).single()).isEqualTo(1);
        // accept by 2026-09-28: the light turns yellow before that, and the evaluation must look at it then
        assertThat(jdbc.sql("select count(*) from ticket_alarm where issue_id = any(?) and due_on <= ?")
                .params(ids, LocalDate.parse("2026-09-28")).query(Integer.class).single()).isEqualTo(40);
    }

    @Test
    void aReroutingOfATicketThatWasNeverReturnedIsDeadLetteredWithItsReason() {
        String issue = newIssueId();
        env.publisher().publish(routedToNrp(issue));
        events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject()));
        var deadLetters = env.probe(Topics.deadLetter(Topics.INTAKE_EVENTS));

        env.publisher().publish(IntakeEventsFixture.rerouted(issue, "PWR", "NRP", LocalDate.parse("2026-09-29"),
                LocalDate.parse("2026-10-16"), china("2026-09-28T09:00")));

        var parked = deadLetters.await(record -> issue.equals(record.key()));
        assertThat(EventProbe.header(parked, CloudEventsBinding.TYPE))
                .isEqualTo("gov.enterprise.intake.issue-rerouted.v1");
        assertThat(EventProbe.header(parked, "dlt-reason")).contains("ASSIGNED, not RETURNED");
        assertThat(new ResolutionApi(port).ticket(issue, "officer:NRP").text("department")).isEqualTo("NRP");
    }
}
