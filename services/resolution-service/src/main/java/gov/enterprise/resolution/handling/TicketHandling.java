package gov.enterprise.resolution.handling;

import gov.enterprise.resolution.history.TicketHistory;
import gov.enterprise.resolution.ticket.InvalidTicketRequest;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketAccess;
import gov.enterprise.resolution.ticket.TicketAction;
import gov.enterprise.resolution.ticket.TicketEvent;
import gov.enterprise.resolution.ticket.TransitionRefused;
import gov.enterprise.security.Subject;
import gov.enterprise.version.StaleVersionException;
import gov.enterprise.version.VersionCondition;
import gov.enterprise.web.problem.Problems;
import gov.enterprise.web.version.EntityVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's actions on tickets, each in one transaction: the ticket is found if the caller may see it (else 404),
 * the caller must send the version it acts on ({@code If-Match}, else 428) and be entitled to the action (else 403);
 * a stale version is a 412 with the current ETag; the ticket's state machine decides (409 naming the state and the
 * allowed actions); the change is stored only if no other change came first (else 412: of two officers acting at
 * once, one wins). The events are recorded in the ticket's history and published in the same transaction.
 */
@Service
public class TicketHandling {

    /** What to do to the ticket, at the time given. */
    @FunctionalInterface
    public interface Command {
        List<TicketEvent> apply(Ticket ticket, Instant now);
    }

    private final TicketRepository tickets;
    private final TicketHistory history;
    private final TicketPublisher publisher;
    private final TicketAccess access;
    private final Clock clock;

    TicketHandling(TicketRepository tickets, TicketHistory history, TicketPublisher publisher, TicketAccess access,
                   Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.publisher = publisher;
        this.access = access;
        this.clock = clock;
    }

    /** The ticket, if the caller may see it; another department's ticket is "not found", like a missing one. */
    @Transactional(readOnly = true)
    public Ticket find(String issueId, Subject caller) {
        return tickets.find(issueId).filter(ticket -> access.canSee(caller, ticket))
                .orElseThrow(() -> Problems.notFound("No ticket " + issueId));
    }

    @Transactional
    public Ticket act(String issueId, Subject caller, String ifMatch, TicketAction action, Command command) {
        Ticket ticket = find(issueId, caller);
        VersionCondition condition = EntityVersion.required(ifMatch, "Send the ticket version you act on in If-Match,"
                + " e.g. If-Match: \"3\" (the ETag of GET /api/v1/tickets/{issueId})");
        access.refusal(caller, action, ticket).ifPresent(reason -> {
            throw Problems.forbidden(reason);
        });
        long expected = ticket.version();
        if (!condition.admits(expected)) {
            throw new StaleVersionException("Ticket " + issueId, condition, expected);
        }
        Optional<LocalDate> alarm = ticket.nextEvaluationDay();
        List<TicketEvent> events;
        try {
            events = command.apply(ticket, clock.instant());
        } catch (TransitionRefused refused) {
            Set<TicketAction> allowed = EnumSet.noneOf(TicketAction.class);
            allowed.addAll(refused.allowedActions());
            allowed.retainAll(access.permitted(caller, ticket));
            throw Problems.conflict("ticket-state", refused.getMessage())
                    .with("state", refused.state().name())
                    .with("action", action.path())
                    .with("allowedActions", TicketAction.paths(allowed));
        } catch (InvalidTicketRequest invalid) {
            throw Problems.invalid(invalid.field(), invalid.getMessage());
        }
        if (!tickets.update(ticket, expected, alarm)) {
            // another officer's change of the same version was stored first
            long current = tickets.find(issueId).map(Ticket::version).orElse(expected);
            throw new StaleVersionException("Ticket " + issueId, condition, current);
        }
        history.record(events, ticket.version());
        publisher.publish(ticket, events);
        return ticket;
    }
}
