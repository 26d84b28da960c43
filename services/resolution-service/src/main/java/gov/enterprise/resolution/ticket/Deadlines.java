package gov.enterprise.resolution.ticket;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** The calendar and the policy a ticket's clocks run on. */
public final class Deadlines {

    private final WorkingDays calendar;
    private final DeadlinePolicy policy;

    public Deadlines(WorkingDays calendar, DeadlinePolicy policy) {
        this.calendar = requireNonNull(calendar, "calendar");
        this.policy = requireNonNull(policy, "policy");
    }

    public DeadlinePolicy policy() {
        return policy;
    }

    /** The local day of an instant. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, policy.zone());
    }

    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        return calendar.addWorkingDays(start, Math.max(0, workingDays));
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** A period from {@code start} to {@code due} with the days its light turns and its escalation climbs. */
    public Deadline deadline(LocalDate start, LocalDate due) {
        int period = Math.max(0, calendar.workingDaysBetween(start, due));
        // the first whole working day by whose end yellowPercent of the period is used (ceiling, in integers)
        int yellowAfter = (period * policy.yellowPercent() + 99) / 100;
        LocalDate yellowOn = yellowAfter == 0 ? start : calendar.addWorkingDays(start, yellowAfter);
        if (yellowOn.isAfter(due)) {
            yellowOn = due;
        }
        LocalDate furtherOverdueOn = calendar.addWorkingDays(due, policy.furtherOverdueWorkingDays());
        return new Deadline(start, due, yellowOn, due.plusDays(1), furtherOverdueOn);
    }

    /** The period of {@code workingDays} working days that ends on {@code due}, with its light days. */
    public Deadline endingOn(LocalDate due, int workingDays) {
        LocalDate start = due;
        while (calendar.workingDaysBetween(start, due) < workingDays) {
            start = start.minusDays(1);
        }
        return deadline(start, due);
    }
}
