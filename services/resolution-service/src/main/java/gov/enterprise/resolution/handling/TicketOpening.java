package gov.enterprise.resolution.handling;

import gov.enterprise.persistence.TransactionScoped;
import gov.enterprise.resolution.history.TicketHistory;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.Routing;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketEvent;
import gov.enterprise.resolution.ticket.TicketState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens tickets from intake's routing decisions, and assigns returned ones anew when intake re-routes them. One
 * ticket per issue: a routing decision for an issue that has its ticket already changes nothing (the event may come
 * again), except on a ticket its department returned, which the new routing assigns.
 *
 * <p>The tickets a transaction opens are written together just before it commits (rows, alarms, history and events:
 * four statements for a whole poll of routing decisions), and a poll's existing tickets can be looked up at once
 * beforehand ({@link #preparing}).
 */
@Service
public class TicketOpening {

    private static final Logger log = LoggerFactory.getLogger(TicketOpening.class);

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final TicketPublisher publisher;
    private final Deadlines deadlines;
    private final TransactionScoped<Openings> openings = new TransactionScoped<>(Openings::new, this::store);

    /** What one transaction knows of its issues' tickets, and the tickets it opens. */
    private static final class Openings {
        /** Tickets found or opened in this transaction, by issue. */
        final Map<String, Ticket> known = new HashMap<>();
        /** Issues looked up at once and found without a ticket. */
        final Set<String> absent = new HashSet<>();
        final List<Ticket.Opening> opened = new ArrayList<>();
    }

    TicketOpening(TicketRepository tickets, TicketHistory history, TicketPublisher publisher, Deadlines deadlines) {
        this.tickets = tickets;
        this.history = history;
        this.publisher = publisher;
        this.deadlines = deadlines;
    }

    /**
     * The issues of a poll of intake's events, before it is applied in the caller's transaction: their tickets looked
     * up in one statement instead of one each.
     */
    public void preparing(List<String> issueIds) {
        openings.current().ifPresent(o -> {
            List<String> unknown = issueIds.stream()
                    .filter(id -> !o.known.containsKey(id) && !o.absent.contains(id)).toList();
            tickets.findAll(unknown).forEach(ticket -> o.known.put(ticket.issueId(), ticket));
            unknown.stream().filter(id -> !o.known.containsKey(id)).forEach(o.absent::add);
        });
    }

    /** An issue was routed: its ticket opens in the lead department's queue. */
    @Transactional
    public void routed(String issueId, Enterprise enterprise, String title, String description, Routing routing,
                       Instant reportedAt, Instant routedAt) {
        Openings o = openings.current().orElseThrow();
        Optional<Ticket> existing = find(o, issueId);
        if (existing.isPresent()) {
            reassignIfReturned(existing.get(), routing, routedAt);
            return;
        }
        var opening = Ticket.open(issueId, enterprise, title, description, routing, reportedAt, routedAt, deadlines);
        o.opened.add(opening);
        o.known.put(issueId, opening.ticket());
    }

    private Optional<Ticket> find(Openings o, String issueId) {
        Ticket known = o.known.get(issueId);
        if (known != null) {
            return Optional.of(known);
        }
        return o.absent.contains(issueId) ? Optional.empty() : tickets.find(issueId);
    }

    /**
     * Just before the commit: the tickets opened, each with its history and events unless its issue had a ticket
     * already (opened concurrently, which the routing then leaves as it is).
     */
    private void store(Openings o) {
        if (o.opened.isEmpty()) {
            return;
        }
        Set<String> stored = tickets.insertAll(o.opened.stream().map(Ticket.Opening::ticket).toList());
        var steps = new ArrayList<TicketHistory.VersionedEvent>();
        var changes = new ArrayList<TicketPublisher.Change>();
        for (Ticket.Opening opening : o.opened) {
            Ticket ticket = opening.ticket();
            if (!stored.contains(ticket.issueId())) {
                log.debug("Ticket {} was opened concurrently; this routing changes nothing", ticket.issueId());
                continue;
            }
            opening.events().forEach(event -> steps.add(new TicketHistory.VersionedEvent(event, ticket.version())));
            changes.add(new TicketPublisher.Change(ticket, opening.events()));
        }
        history.recordAll(steps);
        publisher.publishAll(changes);
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
        Optional<Ticket> existing = find(openings.current().orElseThrow(), issueId);
        if (existing.isEmpty()) {
            routed(issueId, enterprise, title, description, routing, reroutedAt, reroutedAt);
            return;
        }
        Ticket ticket = existing.get();
        // the same re-routing published again (a new event id): the database keeps microseconds, which the JDBC
        // driver rounds to, so moments less than a microsecond apart are the same
        if (ticket.state() == TicketState.ASSIGNED && ticket.department().equals(routing.leadDepartment())
                && Math.abs(Duration.between(ticket.toRecord().assignedAt(), reroutedAt).toNanos()) < 1_000) {
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
