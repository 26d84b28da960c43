package gov.enterprise.resolution.handling;

import gov.enterprise.resolution.history.TicketHistory;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.Routing;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketEvent;
import gov.enterprise.resolution.ticket.TicketState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens tickets from intake's routing decisions, and assigns returned ones anew when intake re-routes them. One
 * ticket per issue: a routing decision for an issue that has its ticket already changes nothing (the event may come
 * again), except on a ticket its department returned, which the new routing assigns.
 */
@Service
public class TicketOpening {

    private static final Logger log = LoggerFactory.getLogger(TicketOpening.class);

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final TicketPublisher publisher;
    private final Deadlines deadlines;

    TicketOpening(TicketRepository tickets, TicketHistory history, TicketPublisher publisher, Deadlines deadlines) {
        this.tickets = tickets;
        this.history = history;
        this.publisher = publisher;
        this.deadlines = deadlines;
    }

    /** An issue was routed: its ticket opens in the lead department's queue. */
    @Transactional
    public void routed(String issueId, Enterprise enterprise, String title, String description, Routing routing,
                       Instant reportedAt, Instant routedAt) {
        Optional<Ticket> existing = tickets.find(issueId);
        if (existing.isPresent()) {
            reassignIfReturned(existing.get(), routing, routedAt);
            return;
        }
        var opening = Ticket.open(issueId, enterprise, title, description, routing, reportedAt, routedAt, deadlines);
        if (tickets.insert(opening.ticket())) {
            record(opening.ticket(), opening.events());
        } else {
            log.debug("Ticket {} was opened concurrently; this routing changes nothing", issueId);
        }
    }

    /**
     * A returned issue was routed anew: its ticket is assigned to the new department with fresh deadlines. An issue
     * this service never saw (its routing event lost, say) gets its ticket now.
     *
     * @throws gov.enterprise.resolution.ticket.TransitionRefused when the ticket is not returned: the re-routing
     *         contradicts it and cannot be applied
     */
    @Transactional
    public void rerouted(String issueId, Enterprise enterprise, String title, String description, Routing routing,
                         Instant reroutedAt) {
        Optional<Ticket> existing = tickets.find(issueId);
        if (existing.isEmpty()) {
            routed(issueId, enterprise, title, description, routing, reroutedAt, reroutedAt);
            return;
        }
        Ticket ticket = existing.get();
        // the same re-routing published again (a new event id): the database keeps microseconds
        if (ticket.state() == TicketState.ASSIGNED && ticket.department().equals(routing.leadDepartment())
                && ticket.toRecord().assignedAt().truncatedTo(ChronoUnit.MICROS)
                        .equals(reroutedAt.truncatedTo(ChronoUnit.MICROS))) {
            log.debug("Ticket {} is already assigned to {} by this re-routing", issueId, routing.leadDepartment());
            return;
        }
        reassign(ticket, routing, reroutedAt);
    }

    private void reassignIfReturned(Ticket ticket, Routing routing, Instant routedAt) {
        if (ticket.state() == TicketState.RETURNED) {
            reassign(ticket, routing, routedAt);
        } else {
            log.debug("Ticket {} exists already ({}); its routing changes nothing", ticket.issueId(), ticket.state());
        }
    }

    private void reassign(Ticket ticket, Routing routing, Instant at) {
        long expected = ticket.version();
        var events = ticket.reassign(routing, at);
        if (!tickets.update(ticket, expected)) {
            // the listener retries the event, which then meets the ticket as it is now
            throw new ConcurrentTicketChange(ticket.issueId());
        }
        record(ticket, events);
    }

    private void record(Ticket ticket, List<TicketEvent> events) {
        history.record(events, ticket.version());
        publisher.publish(ticket, events);
    }

    /** Another change of the ticket committed between reading and writing it. */
    public static final class ConcurrentTicketChange extends RuntimeException {
        ConcurrentTicketChange(String issueId) {
            super("ticket " + issueId + " changed concurrently");
        }
    }
}
