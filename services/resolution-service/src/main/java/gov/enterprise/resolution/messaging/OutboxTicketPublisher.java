package gov.enterprise.resolution.messaging;

import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.messaging.outbox.Outbox;
import gov.enterprise.resolution.handling.TicketPublisher;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Publishes a ticket's events on {@code resolution.events} through the outbox, keyed by issue id, in the transaction
 * of the change (the ticket's row is written first, so the outbox's order is the tickets' order). The events of a
 * change, or of a batch of changes, go to the outbox in one append.
 */
@Component
class OutboxTicketPublisher implements TicketPublisher {

    private final Outbox outbox;

    OutboxTicketPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(Ticket ticket, List<? extends TicketEvent> events) {
        publishAll(List.of(new Change(ticket, events)));
    }

    @Override
    public void publishAll(List<Change> changes) {
        var appended = new ArrayList<Outbox.Event>();
        for (Change change : changes) {
            if (change.events().isEmpty()) {
                continue;
            }
            Ticket ticket = change.ticket();
            TicketSnapshot snapshot = ResolutionContracts.snapshot(ticket);
            for (TicketEvent event : change.events()) {
                appended.add(new Outbox.Event(ResolutionContracts.contract(event, snapshot), ticket.issueId()));
            }
        }
        outbox.appendAll(appended);
    }
}
