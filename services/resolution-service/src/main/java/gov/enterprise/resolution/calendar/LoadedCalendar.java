package gov.enterprise.resolution.calendar;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.calendar.YearCalendar;
import gov.enterprise.resolution.ticket.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar the tickets' clocks run on: the bundled years, and in their place every year an
 * administrator loaded in intake ({@link CalendarYears}). Read from the table and kept for {@code refresh}: a load
 * applied by this instance is seen from its commit on, one applied by another instance within {@code refresh}.
 */
public final class LoadedCalendar implements WorkingDays {

    private record Snapshot(WorkingDayCalendar calendar, String version, long readAt) {
    }

    private final CalendarYears years;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    public LoadedCalendar(CalendarYears years, Duration refresh) {
        this.years = years;
        this.refresh = refresh;
    }

    /** How long a copy is kept: an instance may count by a year's old days until this long after a load. */
    public Duration refresh() {
        return refresh;
    }

    /**
     * Keeps a loaded year; this instance counts by it once the caller's transaction commits.
     *
     * @return whether days are counted differently from now on: false when a later load of the year is kept already,
     *         or when the year's arrangement is the one counted by until now
     */
    public boolean load(YearCalendar year, String loadedBy, Instant loadedAt) {
        boolean changesDays = !years.calendar().year(year.year()).equals(Optional.of(year));
        boolean stored = years.store(year, loadedBy, loadedAt);
        if (stored && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        }
        return stored && changesDays;
    }

    /**
     * Counts by every year committed by now, not by a copy up to {@code refresh} old: reads the calendar again if a
     * year was loaded since the copy was read (by another instance, say). Costs one small query; for the deadline
     * evaluation, which must not set alarms by a replaced calendar.
     */
    public void catchUp() {
        Snapshot current = snapshot;
        if (current == null || !years.version().equals(current.version())) {
            snapshot = read();
        }
    }

    private Snapshot read() {
        // the version first: a load committed between the two reads makes the next catchUp read again, not miss it
        String version = years.version();
        return new Snapshot(years.calendar(), version, System.nanoTime());
    }

    private WorkingDayCalendar current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > refresh.toNanos()) {
            current = read();
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
