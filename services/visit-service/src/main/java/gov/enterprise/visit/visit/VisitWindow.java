package gov.enterprise.visit.visit;

import java.time.Duration;
import java.time.Instant;

/**
 * When a visit may be said to have happened: not in the future beyond a small clock skew of the phone, and not
 * longer ago than the back-entry window (visits are entered late when the app was offline, but not months later).
 */
public record VisitWindow(Duration backEntry, Duration futureTolerance) {

    public static final VisitWindow DEFAULT = new VisitWindow(Duration.ofDays(90), Duration.ofMinutes(5));

    public VisitWindow {
        if (backEntry.isNegative() || futureTolerance.isNegative()) {
            throw new IllegalArgumentException("the visit window's durations must not be negative");
        }
    }

    /** Why a visit at {@code visitedAt}, recorded {@code now}, is refused, or null. */
    public String reject(Instant visitedAt, Instant now) {
        if (visitedAt.isAfter(now.plus(futureTolerance))) {
            return "is in the future (more than " + describe(futureTolerance) + " after now, " + now + ")";
        }
        if (visitedAt.isBefore(now.minus(backEntry))) {
            return "is more than " + describe(backEntry) + " ago; visits can be entered up to " + describe(backEntry)
                    + " after they happened";
        }
        return null;
    }

    private static String describe(Duration duration) {
        if (duration.toDaysPart() > 0 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
            return duration.toDays() + " days";
        }
        if (duration.toHours() == 0) {
            return duration.toMinutes() + " minutes";
        }
        return duration.toString();
    }
}
