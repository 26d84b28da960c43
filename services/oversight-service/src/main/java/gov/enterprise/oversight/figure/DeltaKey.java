package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Where a change of counters is recorded: the issues reported on {@code reportDay} in {@code cell} changed on
 * {@code effectiveDay}. Summing the changes with an effective day up to D gives the counters as they stood at the
 * end of D, for any cohort of report days.
 */
public record DeltaKey(LocalDate reportDay, Cell cell, LocalDate effectiveDay) implements Comparable<DeltaKey> {

    private static final Comparator<DeltaKey> ORDER = Comparator.comparing(DeltaKey::reportDay)
            .thenComparing(DeltaKey::cell).thenComparing(DeltaKey::effectiveDay);

    public DeltaKey {
        requireNonNull(reportDay, "reportDay");
        requireNonNull(cell, "cell");
        requireNonNull(effectiveDay, "effectiveDay");
    }

    /** The same change at month granularity on both time axes (the first day of each month). */
    public DeltaKey monthly() {
        return new DeltaKey(reportDay.withDayOfMonth(1), cell, effectiveDay.withDayOfMonth(1));
    }

    @Override
    public int compareTo(DeltaKey other) {
        return ORDER.compare(this, other);
    }
}
