package gov.enterprise.resolution.calendar;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.calendar.YearCalendar;
import gov.enterprise.resolution.ticket.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar the tickets' clocks run on: the bundled years, and in their place every year an
 * administrator loaded in intake ({@link CalendarYears}). Read from the table and kept for {@code refresh}: a load
 * applied by this instance is seen from its commit on, one applied by another instance within {@code refresh}.
 */
public final class LoadedCalendar implements WorkingDays {

    private record Snapshot(WorkingDayCalendar calendar, long readAt) {
    }

    private final CalendarYears years;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    public LoadedCalendar(CalendarYears years, Duration refresh) {
        this.years = years;
        this.refresh = refresh;
    }

    /**
     * Keeps a loaded year; this instance counts by it once the caller's transaction commits.
     *
     * @return false when a later load of the year is kept already (this one changes nothing)
     */
    public boolean load(YearCalendar year, String loadedBy, Instant loadedAt) {
        boolean stored = years.store(year, loadedBy, loadedAt);
        if (stored && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        }
        return stored;
    }

    private WorkingDayCalendar current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > refresh.toNanos()) {
            current = new Snapshot(years.calendar(), System.nanoTime());
            snapshot = current;
        }
        return current.calendar();
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return current().addWorkingDays(start, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }
}
