package gov.enterprise.oversight.figure;

import gov.enterprise.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * Which deadline an overdue ticket has missed. Resolution runs one deadline at a time and turns the light red the
 * day after it passes: the acceptance deadline while the ticket waits to be accepted (or the resolution deadline, if
 * that ends first: a ticket transferred when already late), the resolution deadline once it is accepted (accepting
 * starts a new stage with a green light). A red light on an open ticket, what
 * {@link Counter#OVERDUE} counts, therefore means the deadline of the ticket's state was missed, and an
 * unaccepted ticket is overdue long before its resolution deadline.
 */
public enum MissedDeadline {

    ACCEPTANCE,
    RESOLUTION;

    /** The deadline running in {@code ticketState} with these days: the one a red light then says was missed. */
    public static MissedDeadline of(String ticketState, LocalDate acceptDue, LocalDate resolveDue) {
        boolean resolutionFirst = acceptDue == null || resolveDue != null && resolveDue.isBefore(acceptDue);
        return TicketState.AWAITING_ACCEPTANCE.contains(ticketState) && !resolutionFirst ? ACCEPTANCE : RESOLUTION;
    }

    public static MissedDeadline of(IssueChange.Ticket ticket) {
        return of(ticket.state(), ticket.acceptDue(), ticket.resolveDue());
    }

    /** The day this deadline falls on for {@code ticket}. */
    public LocalDate due(IssueChange.Ticket ticket) {
        return this == ACCEPTANCE ? ticket.acceptDue() : ticket.resolveDue();
    }

    /**
     * Working days past a missed deadline {@code due} by {@code today}, by the official calendar; at least 1: a ticket
     * is red from the day after its deadline, and one that went red on a rest day is in its first day overdue.
     */
    public static int workingDaysOverdue(LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        return Math.max(1, calendar.workingDaysBetween(due, today));
    }
}
