package gov.enterprise.visit.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;

/**
 * How often a cadre must visit each enterprise paired with it: at least once in every calendar period (by default
 * every quarter, 每季度至少走访一次), counted in the local time zone. Periods divide the year: a month, two months, a
 * quarter, four months, half a year or a year.
 *
 * <p>A visit in one period makes the next due by the end of the following period; an enterprise never visited
 * since it was paired is due by the end of the period after the one it was paired in (a cadre paired on the last day
 * of a quarter is not overdue the next morning). Past that date it is overdue until visited. Only the cadre's own
 * visits count: the pairing is its personal responsibility.
 */
public record ContactPolicy(Period period, ZoneId zone) {

    private static final Set<Long> MONTHS_DIVIDING_A_YEAR = Set.of(1L, 2L, 3L, 4L, 6L, 12L);
    public static final ContactPolicy QUARTERLY = new ContactPolicy(Period.ofMonths(3), ZoneId.of("Asia/Shanghai"));

    public ContactPolicy {
        if (period.getDays() != 0 || !MONTHS_DIVIDING_A_YEAR.contains(period.toTotalMonths())) {
            throw new IllegalArgumentException("the contact period must be P1M, P2M, P3M, P4M, P6M or P1Y, not "
                    + period);
        }
    }

    /** What one enterprise's contact stands at. */
    public record Standing(boolean visitedThisPeriod, LocalDate dueBy, boolean overdue) {
    }

    /**
     * @param lastVisit the cadre's latest visit to the enterprise, or null
     * @param pairedAt  since when the enterprise is paired with the cadre
     */
    public Standing standing(Instant lastVisit, Instant pairedAt, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        // a visit from before a (re-)pairing does not count against the new responsibility's grace period
        Instant since = lastVisit != null && lastVisit.isAfter(pairedAt) ? lastVisit : pairedAt;
        LocalDate reference = since.atZone(zone).toLocalDate();
        LocalDate dueBy = start(reference).plus(period).plus(period).minusDays(1);
        boolean visitedThisPeriod = lastVisit != null && !lastVisit.atZone(zone).toLocalDate().isBefore(start(today));
        return new Standing(visitedThisPeriod, dueBy, today.isAfter(dueBy));
    }

    /** First day of the period containing {@code day}. */
    LocalDate start(LocalDate day) {
        int months = (int) period.toTotalMonths();
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }
}
