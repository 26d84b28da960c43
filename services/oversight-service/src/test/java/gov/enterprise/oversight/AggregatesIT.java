package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.oversight.figure.Cell;
import gov.enterprise.oversight.figure.Counters;
import gov.enterprise.oversight.figure.DeltaKey;
import gov.enterprise.oversight.figure.Enterprise;
import gov.enterprise.oversight.figure.Figures.VisitCount;
import gov.enterprise.oversight.figure.Interval;
import gov.enterprise.oversight.figure.Period;
import gov.enterprise.oversight.figure.VisitChange;
import gov.enterprise.oversight.projection.CubeStore;
import gov.enterprise.oversight.projection.VisitProjection;
import gov.enterprise.oversight.query.Dimension;
import gov.enterprise.oversight.query.FigureFilter;
import gov.enterprise.oversight.query.FigureQueries;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.readmodel.Generations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pre-summed read models answer exactly what their definitions say (docs/metrics.md), for many random periods,
 * filters and groupings: visits recorded through the real projection, out of order, repeated, several a day, are
 * counted by {@link FigureQueries#visits} as by the definition counted directly on {@code enterprise_visit_day};
 * changes added through the real {@link CubeStore} are summed as of any day by {@link FigureQueries#counters} and
 * {@link FigureQueries#changes} as by summing {@code issue_delta_day} directly, and "now" (whole months from
 * {@code issue_cell_month}) for every grouping and filter as by summing all of its rows. The aggregates the projection
 * and {@link CubeStore} kept are also the ones the read-model migrations' back-fills compute.
 */
@OversightIntegrationTest
class AggregatesIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST = LocalDate.of(2025, 11, 1);
    static final LocalDate LAST = LocalDate.of(2027, 2, 28);
    static final List<String> REGIONS = List.of("331081", "331082", "331002");
    static final List<String> CLUSTERS = List.of("AUTO", "MOULD");
    static final List<String> CATEGORIES = List.of("LAND", "TAX", "");
    static final List<String> DEPARTMENTS = List.of("NRP", "TAX", "");
    static final long SEED = Long.getLong("aggregates.seed", System.nanoTime());

    @Autowired
    VisitProjection visits;
    @Autowired
    CubeStore cube;
    @Autowired
    FigureQueries queries;
    @Autowired
    Generations generations;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void distinctEnterprisesAndVisitsFromTheAggregatesAreThoseOfTheVisitDays() {
        var random = new Random(SEED);
        Generation generation = generations.active();
        var recorded = new ArrayList<VisitChange.VisitRecorded>();
        for (int e = 0; e < 40; e++) {
            String uscc = "91331000MA" + String.format("%08d", e);
            int visitDays = 1 + random.nextInt(e % 4 == 0 ? 60 : 15);
            for (int v = 0; v < visitDays; v++) {
                // the region or cluster of an enterprise may change between visits: a visit day keeps the first
                var enterprise = new Enterprise(uscc, REGIONS.get((random.nextInt(e % 5 == 0 ? 3 : 1) + e % 2) % 3),
                        CLUSTERS.get(random.nextInt(e % 7 == 0 ? 2 : 1) + (e % 3 == 0 ? 1 : 0) & 1));
                LocalDate day = randomDay(random, FIRST, LAST);
                int times = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 1;
                for (int t = 0; t < times; t++) {
                    var at = day.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(60))).atZone(ZONE)
                            .toInstant();
                    recorded.add(new VisitChange.VisitRecorded(uscc + "-" + day + "-" + t, enterprise, at, at));
                }
            }
        }
        Collections.shuffle(recorded, random);
        // sorted in runs, so that one transaction often holds several visits of one enterprise, as a poll does
        for (int from = 0; from < recorded.size(); from += 25) {
            recorded.subList(from, Math.min(from + 25, recorded.size())).sort(
                    Comparator.comparing(VisitChange.VisitRecorded::uscc));
        }
        int i = 0;
        while (i < recorded.size()) {
            // alone, as one transaction per event, or several in one transaction, as a listener's poll
            int together = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(12);
            var batch = new ArrayList<VisitChange.VisitRecorded>();
            for (int t = 0; t < together && i < recorded.size(); t++, i++) {
                batch.add(recorded.get(i));
                if (random.nextInt(10) == 0) {
                    // delivered again: counts once
                    batch.add(recorded.get(random.nextInt(i + 1)));
                }
            }
            transactions.executeWithoutResult(status -> batch.forEach(visits::apply));
        }

        var periods = randomPeriods(random, 400);
        for (Period period : periods) {
            LocalDate asOf = random.nextInt(6) == 0 ? randomDay(random, period.from().minusDays(3), period.to())
                    : null;
            Set<String> regions = random.nextInt(4) == 0 ? Set.of(REGIONS.get(random.nextInt(3))) : null;
            String cluster = random.nextInt(5) == 0 ? CLUSTERS.get(random.nextInt(2)) : null;
            var filter = new FigureFilter(period, asOf, regions, cluster, null, null);
            for (Dimension by : new Dimension[] {null, Dimension.REGION, Dimension.CLUSTER}) {
                assertThat(queries.visits(generation, filter, by))
                        .as("seed %d, %s asOf %s, regions %s, cluster %s, by %s", SEED, period, asOf, regions,
                                cluster, by)
                        .isEqualTo(visitsByDefinition(generation, filter, by));
            }
        }
        // and the definition counts what was recorded: distinct enterprises, visits counted once
        for (Period period : periods.subList(0, 50)) {
            var inPeriod = new HashMap<String, VisitChange.VisitRecorded>();
            recorded.stream().filter(v -> !v.visitedAt().atZone(ZONE).toLocalDate().isBefore(period.from())
                            && !v.visitedAt().atZone(ZONE).toLocalDate().isAfter(period.to()))
                    .forEach(v -> inPeriod.put(v.visitId(), v));
            var expected = inPeriod.isEmpty() ? Map.of() : Map.of(FigureQueries.ALL, new VisitCount(
                    inPeriod.values().stream().map(VisitChange::uscc).distinct().count(), inPeriod.size()));
            assertThat(queries.visits(generation, new FigureFilter(period, null, null, null, null, null), null))
                    .as("seed %d, %s", SEED, period).isEqualTo(expected);
        }

        // the migration's back-fill computes the aggregates the projection kept
        var kept = visitAggregates(generation);
        for (String table : List.of("visit_month", "visit_day_prev_month", "visit_prev_day_month")) {
            jdbc.getJdbcTemplate().execute("truncate " + generation.table(table));
        }
        jdbc.getJdbcTemplate().execute("select " + generation.table("fill_visit_aggregates") + "()");
        assertThat(visitAggregates(generation)).isEqualTo(kept);
        assertThat(kept.get("visit_month")).isNotEmpty();
    }

    @Test
    void countersAsOfAnyDayFromTheCubeAreTheSumsOfTheDailyChanges() {
        var random = new Random(SEED);
        Generation generation = generations.active();
        addRandomChanges(random, generation);

        LocalDate today = LAST.plusMonths(4);
        for (Period period : randomPeriods(random, 300)) {
            LocalDate asOf = random.nextInt(4) == 0
                    ? randomDay(random, period.from(), period.to()).with(TemporalAdjusters.lastDayOfMonth())
                    : randomDay(random, period.from().minusDays(2), LAST.plusDays(40));
            String category = random.nextInt(4) == 0 ? CATEGORIES.get(random.nextInt(3)) : null;
            Set<String> regions = random.nextInt(4) == 0 ? Set.of(REGIONS.get(random.nextInt(3))) : null;
            var filter = new FigureFilter(period, asOf, regions, null, category, null);
            String context = "seed " + SEED + ", " + period + " asOf " + asOf + ", category " + category;
            for (Dimension by : new Dimension[] {null, Dimension.DEPARTMENT, Dimension.CLUSTER}) {
                assertThat(nonZero(queries.counters(generation, filter, by, today))).as(context + ", by " + by)
                        .isEqualTo(countersByDefinition(generation, filter, by));
            }
            var byMonth = new TreeMap<String, Counters>();
            queries.changes(generation, filter, Interval.MONTH, today)
                    .forEach((month, counters) -> byMonth.put(month.toString(), counters));
            assertThat(nonZero(byMonth)).as(context + ", monthly changes")
                    .isEqualTo(monthlyChangesByDefinition(generation, filter));
        }
    }

    @Test
    void currentCountersFromTheMonthlyCellsAreTheSumsOfAllDailyChanges() {
        var random = new Random(SEED + 1);
        Generation generation = generations.active();
        addRandomChanges(random, generation);

        LocalDate today = LAST.plusMonths(4);
        // "now": no asOf, or one that is not in the past (changes dated after today, if any, count too)
        LocalDate allChanges = LocalDate.of(9999, 12, 31);
        Dimension[] groupings = {null, Dimension.REGION, Dimension.CLUSTER, Dimension.CATEGORY, Dimension.DEPARTMENT};
        for (Period period : randomPeriods(random, 400)) {
            LocalDate asOf = random.nextInt(5) == 0 ? today.plusDays(random.nextInt(3)) : null;
            Set<String> regions = random.nextInt(4) == 0 ? Set.of(REGIONS.get(random.nextInt(3)))
                    : random.nextInt(6) == 0 ? Set.copyOf(REGIONS.subList(0, 2)) : null;
            String cluster = random.nextInt(5) == 0 ? CLUSTERS.get(random.nextInt(2)) : null;
            String category = random.nextInt(5) == 0 ? CATEGORIES.get(random.nextInt(3)) : null;
            String department = random.nextInt(5) == 0 ? DEPARTMENTS.get(random.nextInt(3)) : null;
            var filter = new FigureFilter(period, asOf, regions, cluster, category, department);
            var definition = new FigureFilter(period, allChanges, regions, cluster, category, department);
            String context = "seed " + SEED + ", " + period + " asOf " + asOf + ", regions " + regions + ", cluster "
                    + cluster + ", category " + category + ", department " + department;
            for (Dimension by : groupings) {
                assertThat(nonZero(queries.counters(generation, filter, by, today))).as(context + ", by " + by)
                        .isEqualTo(countersByDefinition(generation, definition, by));
            }
        }

        // the migration's back-fill computes the monthly cells CubeStore kept
        var kept = cubeRows(generation, "issue_cell_month");
        jdbc.getJdbcTemplate().execute("truncate " + generation.table("issue_cell_month"));
        jdbc.getJdbcTemplate().execute("select " + generation.table("fill_issue_cell_month") + "()");
        assertThat(cubeRows(generation, "issue_cell_month")).isEqualTo(kept);
        assertThat(kept).isNotEmpty();
    }

    @Test
    void changesOfATransactionThatRollsBackAddNothing() {
        var random = new Random(SEED + 2);
        Generation generation = generations.active();
        addRandomChanges(random, generation);
        var tables = List.of(CubeStore.DELTA_DAY, CubeStore.DELTA_MONTH, CubeStore.CELL_DAY,
                CubeStore.DELTA_EFFECTIVE_DAY, CubeStore.CELL_MONTH);
        var before = new HashMap<String, Object>();
        tables.forEach(table -> before.put(table, cubeRows(generation, table)));
        // after the periods the other tests ask about
        var enterprise = new Enterprise("91331000MA99999999", REGIONS.getFirst(), CLUSTERS.getFirst());
        LocalDate later = LAST.plusMonths(6);
        visits.apply(new VisitChange.VisitRecorded("kept", enterprise, noon(later.plusDays(2)), noon(later)));
        var visitsBefore = visitAggregates(generation);
        assertThat(visitsBefore.get("visit_month")).isNotEmpty();

        transactions.executeWithoutResult(status -> {
            cube.add(generation, randomChanges(random));
            cube.add(generation, randomChanges(random));
            for (int day = 1; day <= 3; day++) {
                visits.apply(new VisitChange.VisitRecorded("rolled-back-" + day, enterprise,
                        noon(later.plusDays(day)), noon(later.plusDays(day))));
            }
            status.setRollbackOnly();
        });

        tables.forEach(table -> assertThat(cubeRows(generation, table)).as(table).isEqualTo(before.get(table)));
        assertThat(visitAggregates(generation)).isEqualTo(visitsBefore);
    }

    /**
     * 300 batches of up to six random changes, added through the real {@link CubeStore}: one at a time outside any
     * transaction, or several in one transaction (summed, and written once before it commits).
     */
    private void addRandomChanges(Random random, Generation generation) {
        int batch = 0;
        while (batch < 300) {
            int together = random.nextInt(4);
            if (together == 0) {
                cube.add(generation, randomChanges(random));
                batch++;
                continue;
            }
            var batches = new ArrayList<TreeMap<DeltaKey, Counters>>();
            for (int i = 0; i < together && batch < 300; i++, batch++) {
                batches.add(randomChanges(random));
            }
            transactions.executeWithoutResult(status -> batches.forEach(changes -> cube.add(generation, changes)));
        }
    }

    private static TreeMap<DeltaKey, Counters> randomChanges(Random random) {
        var changes = new TreeMap<DeltaKey, Counters>();
        for (int c = 0; c < 1 + random.nextInt(6); c++) {
            LocalDate reportDay = randomDay(random, FIRST, LAST);
            var cell = new Cell(REGIONS.get(random.nextInt(3)), CLUSTERS.get(random.nextInt(2)),
                    CATEGORIES.get(random.nextInt(3)), DEPARTMENTS.get(random.nextInt(3)));
            long[] values = new long[Counters.ALL.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(3) == 0 ? random.nextInt(7) - 2 : 0;
            }
            changes.merge(new DeltaKey(reportDay, cell, reportDay.plusDays(random.nextInt(70))),
                    Counters.of(values), Counters::plus);
        }
        return changes;
    }

    /** The definition: visit days in the period whose previous visit day is before it; visits summed. */
    private Map<String, VisitCount> visitsByDefinition(Generation generation, FigureFilter filter, Dimension by) {
        Period period = filter.asOf() == null ? filter.period() : filter.period().until(filter.asOf());
        if (period == null) {
            return Map.of();
        }
        var parameters = new MapSqlParameterSource("from", period.from()).addValue("to", period.to())
                .addValue("regions", filter.regions()).addValue("cluster", filter.cluster());
        var rows = new HashMap<String, VisitCount>();
        jdbc.query("select " + (by == null ? "'*'" : by.column()) + " as key,"
                + " count(*) filter (where prev_day is null or prev_day < :from) as enterprises, sum(visits) as visits"
                + " from " + generation.table("enterprise_visit_day") + " where visit_day between :from and :to"
                + (filter.regions() == null ? "" : " and region in (:regions)")
                + (filter.cluster() == null ? "" : " and cluster = :cluster") + " group by 1", parameters, rs -> {
                    rows.put(rs.getString("key"), new VisitCount(rs.getLong("enterprises"), rs.getLong("visits")));
                });
        return rows;
    }

    /** The definition: the changes of the period's report days (up to asOf) that happened by the end of asOf. */
    private Map<String, Counters> countersByDefinition(Generation generation, FigureFilter filter, Dimension by) {
        Period period = filter.period().until(filter.asOf());
        if (period == null) {
            return Map.of();
        }
        return nonZero(cubeSums(generation, by == null ? "'*'" : by.column(), filter, period, filter.asOf()));
    }

    private Map<String, Counters> monthlyChangesByDefinition(Generation generation, FigureFilter filter) {
        LocalDate end = filter.asOf().isBefore(filter.period().to()) ? filter.asOf() : filter.period().to();
        Period period = filter.period().until(end);
        if (period == null) {
            return Map.of();
        }
        return nonZero(cubeSums(generation, "date_trunc('month', effective_day)::date::text", filter, period, end));
    }

    private Map<String, Counters> cubeSums(Generation generation, String key, FigureFilter filter, Period period,
                                           LocalDate until) {
        var parameters = new MapSqlParameterSource("from", period.from()).addValue("to", period.to())
                .addValue("until", until).addValue("regions", filter.regions()).addValue("cluster", filter.cluster())
                .addValue("category", filter.category()).addValue("department", filter.department());
        var rows = new HashMap<String, Counters>();
        jdbc.query("select " + key + " as key, " + String.join(", ", Counters.ALL.stream()
                        .map(c -> "sum(" + c.column() + ")").toList())
                + " from " + generation.table("issue_delta_day")
                + " where report_day between :from and :to and effective_day <= :until"
                + (filter.regions() == null ? "" : " and region in (:regions)")
                + (filter.cluster() == null ? "" : " and cluster = :cluster")
                + (filter.category() == null ? "" : " and category = :category")
                + (filter.department() == null ? "" : " and department = :department") + " group by 1", parameters,
                rs -> {
                    long[] values = new long[Counters.ALL.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getLong(i + 2);
                    }
                    rows.put(rs.getString("key"), Counters.of(values));
                });
        return rows;
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    /** A cube table's rows with a non-zero counter, as text. */
    private Set<String> cubeRows(Generation generation, String table) {
        var rows = new HashSet<String>();
        jdbc.query("select * from " + generation.table(table) + " where " + String.join(" or ",
                Counters.ALL.stream().map(c -> c.column() + " <> 0").toList()), new MapSqlParameterSource(), rs -> {
                    var row = new ArrayList<String>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(String.join("|", row));
                });
        return rows;
    }

    /** Each visit aggregate's rows with a non-zero sum, as text. */
    private Map<String, Set<String>> visitAggregates(Generation generation) {
        var tables = new TreeMap<String, Set<String>>();
        for (String table : List.of("visit_month", "visit_day_prev_month", "visit_prev_day_month")) {
            var rows = new HashSet<String>();
            jdbc.query("select * from " + generation.table(table) + " where days <> 0", new MapSqlParameterSource(),
                    rs -> {
                        var row = new ArrayList<String>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(String.join("|", row));
                    });
            tables.put(table, rows);
        }
        return tables;
    }

    private static <K> Map<K, Counters> nonZero(Map<K, Counters> rows) {
        var kept = new HashMap<K, Counters>();
        rows.forEach((key, counters) -> {
            if (!counters.isZero()) {
                kept.put(key, counters);
            }
        });
        return kept;
    }

    /**
     * Periods of every shape the split into months and edges must get right: whole months, starts and ends
     * mid-month, single days, inside one month, across a year's end, and from before the first visit.
     */
    private static List<Period> randomPeriods(Random random, int count) {
        var periods = new ArrayList<Period>();
        List<Function<Random, Period>> shapes = List.of(
                r -> {
                    LocalDate from = randomDay(r, FIRST, LAST).withDayOfMonth(1);
                    return new Period(from, from.plusMonths(1 + r.nextInt(6)).minusDays(1));
                },
                r -> {
                    LocalDate from = randomDay(r, FIRST.minusDays(20), LAST);
                    return new Period(from, from.plusDays(r.nextInt(400)));
                },
                r -> {
                    LocalDate day = randomDay(r, FIRST, LAST);
                    return new Period(day, day);
                },
                r -> {
                    LocalDate from = randomDay(r, FIRST, LAST);
                    LocalDate monthEnd = from.with(TemporalAdjusters.lastDayOfMonth());
                    return new Period(from, randomDay(r, from, monthEnd));
                },
                r -> {
                    LocalDate from = LocalDate.of(2026, 12, 1 + r.nextInt(31));
                    return new Period(from, LocalDate.of(2027, 1, 1 + r.nextInt(28)).plusMonths(r.nextInt(2)));
                },
                r -> {
                    LocalDate from = randomDay(r, FIRST, LAST);
                    return new Period(from, from.plusMonths(1 + r.nextInt(3)).with(TemporalAdjusters.lastDayOfMonth()));
                },
                r -> new Period(LocalDate.of(2000, 1, 1), randomDay(r, FIRST, LAST.plusDays(10))));
        for (int i = 0; i < count; i++) {
            periods.add(shapes.get(i % shapes.size()).apply(random));
        }
        return periods;
    }

    private static LocalDate randomDay(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }
}
