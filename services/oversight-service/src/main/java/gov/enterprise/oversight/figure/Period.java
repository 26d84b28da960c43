package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A closed range of days, and how the cube answers it: whole calendar months from the monthly tables, the days at
 * either edge from the daily ones. Periods that are whole months or quarters (what leaders compare) need no daily
 * rows at all.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts: " + from + ".." + to);
        }
    }

    /** The part of this period up to {@code day}, or null when the period starts after it. */
    public Period until(LocalDate day) {
        if (day.isBefore(from)) {
            return null;
        }
        return new Period(from, to.isAfter(day) ? day : to);
    }

    /** The whole months inside the period (first and last month, by their first day), or null if none. */
    public Period wholeMonths() {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate lastDay = to.with(TemporalAdjusters.lastDayOfMonth()).equals(to) ? to
                : to.withDayOfMonth(1).minusDays(1);
        if (lastDay.isBefore(first)) {
            return null;
        }
        return new Period(first, lastDay.withDayOfMonth(1));
    }

    /** The ranges of days outside the whole months: at most one before and one after. */
    public List<Period> edgeDays() {
        Period months = wholeMonths();
        var edges = new ArrayList<Period>(2);
        if (months == null) {
            edges.add(this);
            return edges;
        }
        if (from.isBefore(months.from())) {
            edges.add(new Period(from, months.from().minusDays(1)));
        }
        LocalDate monthsEnd = months.to().with(TemporalAdjusters.lastDayOfMonth());
        if (to.isAfter(monthsEnd)) {
            edges.add(new Period(monthsEnd.plusDays(1), to));
        }
        return edges;
    }

    public static boolean isMonthEnd(LocalDate day) {
        return day.equals(day.with(TemporalAdjusters.lastDayOfMonth()));
    }
}
