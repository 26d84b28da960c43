package gov.enterprise.resolution.calendar;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.resolution.ticket.WorkingDays;
import java.time.LocalDate;

/**
 * The official working-day calendar (holidays and make-up working days) the tickets' clocks run on. Today it holds
 * the years bundled with the working-days library; years loaded from elsewhere (the service's own schema, once
 * administrators edit calendars) come in through the constructor.
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
