package gov.enterprise.intake.deadline;

/**
 * Tells the other services about a loaded calendar year, in the transaction that stored it: deadlines are counted
 * in intake, resolution and oversight alike, and must count the same days.
 */
public interface CalendarEvents {

    void loaded(CalendarYearLoaded year);
}
