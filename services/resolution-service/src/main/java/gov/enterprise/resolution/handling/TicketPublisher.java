package gov.enterprise.resolution.handling;

import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketEvent;
import java.util.List;

/**
 * Where the events of a ticket's change go to be published, in the transaction of the change. Each event carries
 * the ticket as it stands after the action that caused them.
 */
public interface TicketPublisher {

    void publish(Ticket ticket, List<? extends TicketEvent> events);

    /** A ticket as it stands after a change, and the events of that change. */
    record Change(Ticket ticket, List<? extends TicketEvent> events) {
    }

    /**
     * The events of many tickets' changes at once (a batch of the deadline evaluation), stored together rather than
     * one by one; each ticket's events keep their order.
     */
    void publishAll(List<Change> changes);
}
