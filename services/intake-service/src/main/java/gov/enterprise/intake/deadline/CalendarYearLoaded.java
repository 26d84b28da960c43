package gov.enterprise.intake.deadline;

import static java.util.Objects.requireNonNull;

import gov.enterprise.calendar.YearCalendar;
import java.time.Instant;

/** An administrator loaded (or replaced) one year of the official working-day arrangement. */
public record CalendarYearLoaded(YearCalendar calendar, String loadedBy, Instant loadedAt) {

    public CalendarYearLoaded {
        requireNonNull(calendar, "calendar");
        requireNonNull(loadedBy, "loadedBy");
        requireNonNull(loadedAt, "loadedAt");
    }
}
