package gov.enterprise.resolution.ticket;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A running deadline and the days its light and escalation change, computed once when the deadline is set so that
 * the evaluation of many tickets is a query by date rather than a calculation per ticket.
 *
 * <p>Days are whole: on {@code yellowOn} the day's end would see {@code yellowPercent} of the working days used; on
 * {@code redOn}, the day after {@code due}, the ticket is overdue; on {@code furtherOverdueOn} it has been overdue
 * for the further working days that take the escalation to the leader in charge.
 *
 * @param start the day the period began (it does not count, like the calendar's start day)
 */
public record Deadline(LocalDate start, LocalDate due, LocalDate yellowOn, LocalDate redOn,
                       LocalDate furtherOverdueOn) {

    public Deadline {
        requireNonNull(start, "start");
        requireNonNull(due, "due");
        requireNonNull(yellowOn, "yellowOn");
        requireNonNull(redOn, "redOn");
        requireNonNull(furtherOverdueOn, "furtherOverdueOn");
    }

    public Light lightOn(LocalDate today) {
        if (!today.isBefore(redOn)) {
            return Light.RED;
        }
        return today.isBefore(yellowOn) ? Light.GREEN : Light.YELLOW;
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(due);
    }

    public boolean furtherOverdueOn(LocalDate today) {
        return !today.isBefore(furtherOverdueOn);
    }
}
