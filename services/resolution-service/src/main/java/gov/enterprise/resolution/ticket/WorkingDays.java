package gov.enterprise.resolution.ticket;

import java.time.LocalDate;

/**
 * The official working-day calendar as the ticket sees it. Behind an interface so that the service can take the
 * years from wherever they are kept (the bundled seed today, its own schema once administrators edit calendars).
 */
public interface WorkingDays {

    /** The day ending a period of {@code workingDays} working days after {@code start}; the start never counts. */
    LocalDate addWorkingDays(LocalDate start, int workingDays);

    /** The working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
