package gov.enterprise.resolution.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands in its department's handling (brief §3). {@link #TRANSFERRED} is passed through, never rested
 * in: a transfer records the hand-over and the ticket is {@link #ASSIGNED} in the receiving department at once.
 */
public enum TicketState {

    /** In the lead department's queue, waiting to be accepted. */
    ASSIGNED,
    /** Taken on (受理): the resolution clock runs. */
    ACCEPTED,
    /** Being worked on. */
    IN_PROGRESS,
    /** A long-term matter set aside until a review date; its clock is paused. */
    SUSPENDED,
    /** The answer is given (办结); the enterprise is asked for its verdict. */
    RESOLVED,
    /** Finally closed (销号). */
    CLOSED,
    /** The enterprise was dissatisfied: handled again (重办). */
    REOPENED,
    /** Handed over to another department, becoming {@link #ASSIGNED} there. */
    TRANSFERRED,
    /** Sent back to intake as misrouted (退回), until intake routes it anew. */
    RETURNED;

    private static final Set<TicketState> HANDLED = EnumSet.of(ACCEPTED, IN_PROGRESS, SUSPENDED, RESOLVED, CLOSED,
            REOPENED);
    private static final Set<TicketState> OPEN = EnumSet.of(ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED, SUSPENDED);

    /** "Handled" in the figures: taken on by a department. */
    public boolean handled() {
        return HANDLED.contains(this);
    }

    /** "Resolved" in the figures: the answer is given. */
    public boolean resolved() {
        return this == RESOLVED || this == CLOSED;
    }

    /** Whether the department still owes work on it. */
    public boolean open() {
        return OPEN.contains(this);
    }
}
