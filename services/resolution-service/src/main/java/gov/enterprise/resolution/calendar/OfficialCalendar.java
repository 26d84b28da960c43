package gov.enterprise.resolution.calendar;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.resolution.ticket.WorkingDays;
import java.time.LocalDate;

/**
 * A fixed official working-day calendar (holidays and make-up working days): the library's bundled years for the
 * domain's tests and the benchmarks. The service itself runs on {@link LoadedCalendar}, which adds the years loaded
 * at run time.
 */
public final class OfficialCalendar implements WorkingDays {

    private final WorkingDayCalendar calendar;

    public OfficialCalendar(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public static OfficialCalendar bundled() {
        return new OfficialCalendar(WorkingDayCalendar.bundled());
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return calendar.addWorkingDays(start, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }
}
