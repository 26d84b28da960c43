package gov.enterprise.oversight.figure;

import java.util.Locale;

/**
 * One counter of the read models: how many issues of a cell are in a given condition (or, for
 * {@link #WORKING_DAYS_TO_RESOLVE}, the sum of their working days). Every figure is a counter or a ratio of two;
 * docs/metrics.md gives each one's definition.
 */
public enum Counter {

    /** Reported and not a confirmed duplicate. */
    COLLECTED,
    /** Ticket ACCEPTED, IN_PROGRESS, SUSPENDED, RESOLVED, CLOSED or REOPENED. */
    HANDLED,
    /** Ticket RESOLVED or CLOSED. */
    RESOLVED,
    /** Resolved with outcome SOLVED. */
    SOLVED,
    /** Collected, not handled, not rejected: waiting for routing, triage or acceptance. */
    PENDING,
    /** Refused by triage as nothing a department can act on, and not handled. */
    REJECTED,
    /** Ticket light RED while the ticket is open (ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED, TRANSFERRED). */
    OVERDUE,
    /** Closed, with the closing facts known. */
    CLOSED,
    CLOSED_ON_TIME,
    CLOSED_ON_TIME_EXTENDED,
    CLOSED_OVERDUE,
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED,
    /** Closed as satisfied because the enterprise gave no answer in time. */
    CLOSED_BY_DEFAULT,
    /** Sum of the working days from routing to the accepted answer, over closed tickets. */
    WORKING_DAYS_TO_RESOLVE;

    private static final Counter[] ALL = values();

    /** The column that holds this counter in every cube table. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Counter[] all() {
        return ALL;
    }
}
