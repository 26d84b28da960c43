package gov.enterprise.resolution.queue;

import gov.enterprise.resolution.ticket.Light;
import gov.enterprise.resolution.ticket.TicketState;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A work queue request after validation: whose tickets (the scope the caller's subject gives) and which of them.
 *
 * @param scope      the tickets the caller may list at all
 * @param states     the states to list (the open ones and the resolved ones awaiting a verdict unless asked)
 * @param after      the keyset position to continue after, or null for the first page
 */
record QueueQuery(Scope scope, Set<TicketState> states, Light light, String category, Set<String> regions,
                  Boolean overdue, boolean escalated, boolean pendingExtension, Position after, int limit) {

    /** What a queue lists unless asked for other states: the open tickets and the resolved ones awaiting a verdict. */
    static final Set<TicketState> DEFAULT_STATES = Set.copyOf(EnumSet.of(TicketState.ASSIGNED, TicketState.ACCEPTED,
            TicketState.IN_PROGRESS, TicketState.REOPENED, TicketState.SUSPENDED, TicketState.RESOLVED));

    /**
     * The escalation level from which a ticket is "escalated" to this caller: level 1 reached the department's head,
     * level 2 the leader in charge, so a leader's escalated tickets are those at level 2.
     */
    int escalatedFrom() {
        return scope instanceof Scope.Regions ? 2 : 1;
    }

    /** Whose tickets: a department as lead or as co-department, regions (a leader's), or an enterprise's. */
    sealed interface Scope {
        record LeadDepartment(String department) implements Scope {
        }

        record CoDepartment(String department) implements Scope {
        }

        record Regions(Set<String> regionCodes, String department) implements Scope {
        }

        record Enterprise(String uscc) implements Scope {
        }
    }

    /** A page ends after this ticket: the queue is sorted by due day, then issue id. */
    record Position(LocalDate due, String issueId) {
    }
}
