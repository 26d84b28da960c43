package gov.enterprise.resolution.history;

import static gov.enterprise.resolution.IntakeEventsFixture.newIssueId;
import static gov.enterprise.resolution.IntakeEventsFixture.routedToNrp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.resolution.MovableClock;
import gov.enterprise.resolution.ResolutionIntegrationTest;
import gov.enterprise.resolution.history.TicketHistory.Entry;
import gov.enterprise.resolution.history.TicketHistory.VersionedEvent;
import gov.enterprise.resolution.ticket.Light;
import gov.enterprise.resolution.ticket.TicketEvent.EscalationReason;
import gov.enterprise.resolution.ticket.TicketEvent.LightChanged;
import gov.enterprise.resolution.ticket.TicketEvent.TicketEscalated;
import gov.enterprise.resolution.ticket.TicketState;
import gov.enterprise.resolution.ticket.Transition;
import gov.enterprise.testsupport.TestEnvironment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history's own insert: many tickets' events in one statement, kept in list order, and (with no foreign key on
 * {@code ticket_history}) refused as a whole when one names a ticket that does not exist.
 */
@ResolutionIntegrationTest
class TicketHistoryIT {

    @Autowired
    TestEnvironment env;
    @Autowired
    MovableClock clock;
    @Autowired
    TicketHistory history;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void eventsAreRecordedInListOrderAndNoneWhenOneNamesNoTicket() {
        clock.setTo("2026-09-24T10:05");
        String issue = newIssueId();
        var events = env.probe(Topics.RESOLUTION_EVENTS);
        env.publisher().publish(routedToNrp(issue));
        events.awaitEvent(TicketAssignedV1.class, e -> issue.equals(e.subject()));
        Transition system = new Transition(issue, TicketState.ASSIGNED, TicketState.ASSIGNED, "NRP",
                Transition.SYSTEM, clock.instant());

        transactions.executeWithoutResult(status -> history.recordAll(List.of(
                new VersionedEvent(new LightChanged(system, Light.GREEN, Light.YELLOW), 2),
                new VersionedEvent(new LightChanged(system, Light.YELLOW, Light.RED), 3),
                new VersionedEvent(new TicketEscalated(system, 1, "head:NRP", EscalationReason.OVERDUE), 3))));

        List<Entry> recorded = history.of(issue);
        assertThat(recorded).hasSize(4);
        assertThat(recorded.subList(1, 4)).extracting(Entry::event, Entry::version,
                        e -> e.details().path("light").asString(""), e -> e.details().path("level").asInt(0))
                .containsExactly(tuple("light-changed", 2L, "YELLOW", 0), tuple("light-changed", 3L, "RED", 0),
                        tuple("ticket-escalated", 3L, "", 1));
        assertThat(recorded.get(3).transition()).isEqualTo(system);

        String nowhere = newIssueId();
        Transition orphan = new Transition(nowhere, TicketState.ASSIGNED, TicketState.ASSIGNED, "NRP",
                Transition.SYSTEM, clock.instant());
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> history.recordAll(List.of(
                new VersionedEvent(new LightChanged(system, Light.RED, Light.RED), 4),
                new VersionedEvent(new LightChanged(orphan, Light.GREEN, Light.YELLOW), 2)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 of 2");
        assertThat(history.of(issue)).hasSize(4);
        assertThat(history.of(nowhere)).isEmpty();
    }
}
