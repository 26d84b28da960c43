package gov.enterprise.oversight.figure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a change of visit days adds to the three visit aggregates (docs/metrics.md): by visit month and previous
 * month, by visit day and previous month, and, for days with a previous visit, by previous day and visit month.
 * Each map is in key order, the order the rows are written in so that two transactions never wait for each other
 * in opposite orders. Sums that come to zero are left out.
 */
public record VisitSums(SortedMap<Key, Sum> byMonth, SortedMap<Key, Sum> byDay, SortedMap<Key, Sum> byPreviousDay) {

    /**
     * A row of an aggregate: {@code time} is its first key column (a month or a day), {@code other} its last (the
     * previous month, null when there is none, or the visit month).
     */
    public record Key(LocalDate time, String region, String cluster, LocalDate other) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::time).thenComparing(Key::region)
                .thenComparing(Key::cluster)
                .thenComparing(Key::other, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Key key) {
            return ORDER.compare(this, key);
        }
    }

    /** Visit days (rows of {@code enterprise_visit_day}) and their visits. */
    public record Sum(int days, int visits) {

        Sum plus(Sum other) {
            return new Sum(days + other.days, visits + other.visits);
        }

        boolean isZero() {
            return days == 0 && visits == 0;
        }
    }

    /** The aggregates' change when the {@code removed} visit days are replaced by the {@code added} ones. */
    public static VisitSums difference(Collection<VisitDay> removed, Collection<VisitDay> added) {
        var sums = new VisitSums(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        removed.forEach(day -> sums.add(day, -1));
        added.forEach(day -> sums.add(day, 1));
        sums.byMonth.values().removeIf(Sum::isZero);
        sums.byDay.values().removeIf(Sum::isZero);
        sums.byPreviousDay.values().removeIf(Sum::isZero);
        return new VisitSums(Collections.unmodifiableSortedMap(sums.byMonth),
                Collections.unmodifiableSortedMap(sums.byDay), Collections.unmodifiableSortedMap(sums.byPreviousDay));
    }

    private void add(VisitDay day, int sign) {
        var sum = new Sum(sign, sign * day.visits());
        LocalDate month = month(day.day());
        LocalDate previousMonth = day.previous() == null ? null : month(day.previous());
        byMonth.merge(new Key(month, day.region(), day.cluster(), previousMonth), sum, Sum::plus);
        byDay.merge(new Key(day.day(), day.region(), day.cluster(), previousMonth), sum, Sum::plus);
        if (day.previous() != null) {
            byPreviousDay.merge(new Key(day.previous(), day.region(), day.cluster(), month), new Sum(sign, 0),
                    Sum::plus);
        }
    }

    /** Both changes together. */
    public VisitSums plus(VisitSums other) {
        return new VisitSums(sum(byMonth, other.byMonth), sum(byDay, other.byDay),
                sum(byPreviousDay, other.byPreviousDay));
    }

    private static SortedMap<Key, Sum> sum(SortedMap<Key, Sum> one, SortedMap<Key, Sum> other) {
        var sum = new TreeMap<>(one);
        other.forEach((key, value) -> sum.merge(key, value, Sum::plus));
        sum.values().removeIf(Sum::isZero);
        return Collections.unmodifiableSortedMap(sum);
    }

    public boolean isEmpty() {
        return byMonth.isEmpty() && byDay.isEmpty() && byPreviousDay.isEmpty();
    }

    private static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
