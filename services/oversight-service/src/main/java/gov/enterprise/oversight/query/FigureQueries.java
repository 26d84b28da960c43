package gov.enterprise.oversight.query;

import gov.enterprise.oversight.figure.Counter;
import gov.enterprise.oversight.figure.Counters;
import gov.enterprise.oversight.figure.Figures.VisitCount;
import gov.enterprise.oversight.figure.Interval;
import gov.enterprise.oversight.figure.Period;
import gov.enterprise.oversight.projection.CubeStore;
import gov.enterprise.oversight.projection.VisitStore;
import gov.enterprise.oversight.readmodel.Generation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Answers figures from the cube, never from the issues themselves: a period is split into whole months (summed from
 * {@code issue_cell_month} now; from {@code issue_delta_month}, and {@code issue_delta_effective_day} for the days of
 * an {@code asOf} month, as of a past day) and the days at its edges ({@code issue_cell_day} now,
 * {@code issue_delta_day} as of a past day); visits from the visit
 * aggregates the same way. A query therefore reads a number of rows that grows with months, days at the edges and
 * cells, not with issues or visit days. docs/metrics.md explains the choice of table for each case.
 */
@Repository
public class FigureQueries {

    /** The key of the single row of an ungrouped query. */
    public static final String ALL = "*";

    private static final String SUMS = Counters.ALL.stream()
            .map(c -> "coalesce(sum(" + c.column() + "), 0) as " + c.column()).collect(Collectors.joining(", "));
    private static final String COLUMNS = Counters.ALL.stream().map(Counter::column)
            .collect(Collectors.joining(", "));

    private final NamedParameterJdbcTemplate jdbc;

    public FigureQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(new CustomPlanJdbcTemplate(dataSource));
    }

    /**
     * The counters of the issues the filter selects, grouped by {@code by} (null: one row keyed {@link #ALL}).
     * {@code today} decides whether {@code asOf} is in the past.
     */
    public Map<String, Counters> counters(Generation generation, FigureFilter filter, Dimension by, LocalDate today) {
        LocalDate cutoff = filter.asOf() != null && filter.asOf().isBefore(today) ? filter.asOf() : null;
        Period period = cutoff == null ? filter.period() : filter.period().until(cutoff);
        if (period == null) {
            return Map.of();
        }
        var sql = new Union(generation, filter, by == null ? null : by.column());
        var split = Split.of(period, cutoff);
        Period months = split.months();
        if (months != null) {
            if (cutoff == null) {
                // every change whatever its effective month: one row per month and cell
                sql.part(CubeStore.CELL_MONTH, "report_month between :%1$s_from and :%1$s_to", months.from(),
                        months.to(), null, null);
            } else if (Period.isMonthEnd(cutoff)) {
                sql.part(CubeStore.DELTA_MONTH, "report_month between :%1$s_from and :%1$s_to"
                        + " and effective_month <= :%1$s_until", months.from(), months.to(), null,
                        cutoff.withDayOfMonth(1));
            } else {
                // whole effective months from the monthly table, the days of the cutoff's own month from the table
                // led by the effective day (only that month's changes are read)
                sql.part(CubeStore.DELTA_MONTH, "report_month between :%1$s_from and :%1$s_to"
                        + " and effective_month < :%1$s_until", months.from(), months.to(), null,
                        cutoff.withDayOfMonth(1));
                sql.part(CubeStore.DELTA_EFFECTIVE_DAY, "effective_day between :%1$s_since and :%1$s_until"
                        + " and report_month between :%1$s_from and :%1$s_to", months.from(), months.to(),
                        cutoff.withDayOfMonth(1), cutoff);
            }
        }
        for (Period edge : split.edges()) {
            if (cutoff == null) {
                sql.part(CubeStore.CELL_DAY, "report_day between :%1$s_from and :%1$s_to", edge.from(), edge.to(),
                        null, null);
            } else {
                sql.part(CubeStore.DELTA_DAY, "report_day between :%1$s_from and :%1$s_to"
                        + " and effective_day <= :%1$s_until", edge.from(), edge.to(), null, cutoff);
            }
        }
        return sql.query();
    }

    /**
     * The changes of the counters of the issues reported in the period, by the trend bucket they happened in, up to
     * the end of the period (or {@code asOf}, if earlier). Summed bucket by bucket they give the figures as they stood
     * at the end of each bucket.
     */
    public Map<LocalDate, Counters> changes(Generation generation, FigureFilter filter, Interval interval,
                                            LocalDate today) {
        LocalDate end = filter.asOf() != null && filter.asOf().isBefore(filter.period().to()) ? filter.asOf()
                : filter.period().to();
        if (end.isAfter(today)) {
            end = today;
        }
        Period period = filter.period().until(end);
        if (period == null) {
            return Map.of();
        }
        String bucket = switch (interval) {
            case DAY -> "effective_day";
            case WEEK -> "date_trunc('week', effective_day)::date";
            case MONTH -> "date_trunc('month', effective_day)::date";
        };
        var sql = new Union(generation, filter, null);
        var split = Split.of(period, end);
        Period months = interval == Interval.MONTH ? split.months() : null;
        if (months != null) {
            if (Period.isMonthEnd(end)) {
                sql.bucketed("effective_month").part(CubeStore.DELTA_MONTH, "report_month between :%1$s_from"
                        + " and :%1$s_to and effective_month <= :%1$s_until", months.from(), months.to(), null,
                        end.withDayOfMonth(1));
            } else {
                sql.bucketed("effective_month").part(CubeStore.DELTA_MONTH, "report_month between :%1$s_from"
                        + " and :%1$s_to and effective_month < :%1$s_until", months.from(), months.to(), null,
                        end.withDayOfMonth(1));
                sql.bucketed(bucket).part(CubeStore.DELTA_EFFECTIVE_DAY, "effective_day between :%1$s_since"
                        + " and :%1$s_until and report_month between :%1$s_from and :%1$s_to", months.from(),
                        months.to(), end.withDayOfMonth(1), end);
            }
            for (Period edge : split.edges()) {
                sql.bucketed(bucket).part(CubeStore.DELTA_DAY, "report_day between :%1$s_from and :%1$s_to"
                        + " and effective_day <= :%1$s_until", edge.from(), edge.to(), null, end);
            }
        } else {
            sql.bucketed(bucket).part(CubeStore.DELTA_DAY, "report_day between :%1$s_from and :%1$s_to"
                    + " and effective_day <= :%1$s_until", period.from(), period.to(), null, end);
        }
        var byBucket = new TreeMap<LocalDate, Counters>();
        sql.query().forEach((key, counters) -> byBucket.put(LocalDate.parse(key), counters));
        return byBucket;
    }

    /**
     * A period as the cube answers it as of {@code asOf} (null: now): report months from the monthly tables, the edge
     * days left from the daily ones. As of a day D that is not a month end, and with the period running from the
     * first of D's month (or earlier) to D, the report days of D's month count as a whole report month: no change is
     * effective before its issue's report day ({@code Contribution}), so that month's changes up to D are its
     * changes effective from the first of the month to D, which {@code issue_delta_effective_day} holds by day.
     */
    private record Split(Period months, List<Period> edges) {

        static Split of(Period period, LocalDate asOf) {
            Period months = period.wholeMonths();
            List<Period> edges = period.edgeDays();
            if (asOf == null || Period.isMonthEnd(asOf) || !period.to().equals(asOf)) {
                return new Split(months, edges);
            }
            LocalDate month = asOf.withDayOfMonth(1);
            if (period.from().isAfter(month)) {
                return new Split(months, edges);
            }
            // the last edge ends at D; it starts on the first of D's month, or earlier when there are no whole
            // months (a period from the middle of the month before): that earlier part stays an edge
            var kept = new ArrayList<Period>();
            for (Period edge : edges) {
                if (!edge.to().equals(asOf)) {
                    kept.add(edge);
                } else if (edge.from().isBefore(month)) {
                    kept.add(new Period(edge.from(), month.minusDays(1)));
                }
            }
            return new Split(new Period(months == null ? month : months.from(), month), kept);
        }
    }

    /**
     * Visits and distinct enterprises visited in the period (up to {@code asOf}), grouped by region or cluster
     * (null: one row keyed {@link #ALL}). Distinct enterprises visited in [d1, d2] are the visit days v in it whose
     * previous visit p is before d1 (docs/metrics.md): those with p's month before d1's (A), plus, when d1 is not
     * the first of its month m1, those with p in [first of m1, d1 - 1] (B). A and the visits come from the
     * aggregates by previous month (whole months and edge days); B from the aggregate by previous day for whole
     * visit months and for m1 itself, and from the visit days of a period's last, partial month (or of a period
     * inside m1), read day by day for the previous days in question.
     */
    public Map<String, VisitCount> visits(Generation generation, FigureFilter filter, Dimension by) {
        Period period = filter.asOf() == null ? filter.period() : filter.period().until(filter.asOf());
        if (period == null) {
            return Map.of();
        }
        var sql = new VisitUnion(generation, filter, by == null ? null : by.column());
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate firstMonth = from.withDayOfMonth(1);
        // A and the visits
        String earlierMonth = "case when prev_month < :first_month then days else 0 end";
        sql.parameters.addValue("first_month", firstMonth);
        Period months = period.wholeMonths();
        if (months != null) {
            sql.part(VisitStore.VISIT_MONTH, earlierMonth, "visits", "visit_month between :%1$s_from and :%1$s_to",
                    months.from(), months.to(), null);
        }
        for (Period edge : period.edgeDays()) {
            sql.part(VisitStore.VISIT_DAY_PREV_MONTH, earlierMonth, "visits",
                    "visit_day between :%1$s_from and :%1$s_to", edge.from(), edge.to(), null);
        }
        if (from.equals(firstMonth)) {
            return sql.query();
        }
        // B: previous visit in [first of m1, d1 - 1], visit in [d1, d2]
        sql.parameters.addValue("before_from", from.minusDays(1));
        String previousInFirstMonth = "prev_day between :first_month and :before_from";
        if (months != null) {
            sql.part(VisitStore.VISIT_PREV_DAY_MONTH, "days", "0", previousInFirstMonth
                    + " and visit_month between :%1$s_from and :%1$s_to", months.from(), months.to(), null);
        }
        LocalDate firstMonthEnd = firstMonth.with(TemporalAdjusters.lastDayOfMonth());
        if (!to.isBefore(firstMonthEnd)) {
            // visits in [d1, end of m1]: those of all m1 with such a previous day, less those in [first of m1,
            // d1 - 1], which are exactly the visit days before d1 whose previous visit is in m1
            sql.part(VisitStore.VISIT_PREV_DAY_MONTH, "days", "0", previousInFirstMonth
                    + " and visit_month = :first_month", null, null, null);
            sql.part(VisitStore.VISIT_DAY_PREV_MONTH, "-days", "0", "visit_day between :first_month and :before_from"
                    + " and prev_month = :first_month", null, null, null);
        }
        LocalDate daysFrom = to.isBefore(firstMonthEnd) ? from : Period.isMonthEnd(to) ? null : to.withDayOfMonth(1);
        if (daysFrom != null) {
            sql.part(VisitStore.VISIT_DAY, "1", "0", "visit_day in (:%1$s_days) and " + previousInFirstMonth, null,
                    null, daysFrom.datesUntil(to.plusDays(1)).toList());
        }
        return sql.query();
    }

    /**
     * One trend bucket's visits: distinct enterprises visited within it, those among them not visited earlier in the
     * period (so that their running sum is the distinct count up to the bucket's end), and visits.
     */
    public record VisitBucket(long enterprises, long newToPeriod, long visits) {

        public static final VisitBucket NONE = new VisitBucket(0, 0, 0);
    }

    /** Visits and distinct enterprises visited within each trend bucket (clipped to the period). */
    public Map<LocalDate, VisitBucket> visitTrend(Generation generation, FigureFilter filter, Interval interval,
                                                 LocalDate end) {
        Period period = filter.period().until(end);
        if (period == null) {
            return Map.of();
        }
        String bucket = switch (interval) {
            case DAY -> "visit_day";
            case WEEK -> "date_trunc('week', visit_day)::date";
            case MONTH -> "date_trunc('month', visit_day)::date";
        };
        var parameters = new MapSqlParameterSource().addValue("from", period.from()).addValue("to", period.to());
        String sql = "select " + bucket + " as bucket,"
                + " count(*) filter (where prev_day is null or prev_day < greatest(" + bucket + ", :from))"
                + " as enterprises,"
                + " count(*) filter (where prev_day is null or prev_day < :from) as new_to_period,"
                + " coalesce(sum(visits), 0) as visits"
                + " from " + generation.table(VisitStore.VISIT_DAY)
                + " where visit_day between :from and :to" + visitFilters(filter, parameters)
                + " group by 1";
        var rows = new TreeMap<LocalDate, VisitBucket>();
        jdbc.query(sql, parameters, rs -> {
            rows.put(rs.getObject("bucket", LocalDate.class), new VisitBucket(rs.getLong("enterprises"),
                    rs.getLong("new_to_period"), rs.getLong("visits")));
        });
        return rows;
    }

    /** The filters that apply to visits as well as to issues: region (with its sub-regions) and cluster. */
    private static String visitFilters(FigureFilter filter, MapSqlParameterSource parameters) {
        var where = new StringBuilder();
        if (filter.regions() != null) {
            where.append(" and region in (:regions)");
            parameters.addValue("regions", List.copyOf(filter.regions()));
        }
        if (filter.cluster() != null) {
            where.append(" and cluster = :cluster");
            parameters.addValue("cluster", filter.cluster());
        }
        return where.toString();
    }

    /** A sum of visit days and visits over several visit tables, each restricted to its days, with the filters. */
    private final class VisitUnion {

        private final Generation generation;
        private final FigureFilter filter;
        private final String groupColumn;
        private final List<String> parts = new ArrayList<>();
        private final MapSqlParameterSource parameters = new MapSqlParameterSource();

        VisitUnion(Generation generation, FigureFilter filter, String groupColumn) {
            this.generation = generation;
            this.filter = filter;
            this.groupColumn = groupColumn;
        }

        /** Rows of {@code table} meeting {@code condition}, counted as {@code enterprises} distinct visits. */
        void part(String table, String enterprises, String visits, String condition, LocalDate from, LocalDate to,
                  List<LocalDate> days) {
            String name = "p" + parts.size();
            parameters.addValue(name + "_from", from).addValue(name + "_to", to).addValue(name + "_days", days);
            String key = groupColumn != null ? groupColumn : "'" + ALL + "'";
            parts.add("select " + key + " as key, " + enterprises + " as enterprises, " + visits + " as visits"
                    + " from " + generation.table(table) + " where " + String.format(condition, name)
                    + visitFilters(filter, parameters));
        }

        Map<String, VisitCount> query() {
            var rows = new LinkedHashMap<String, VisitCount>();
            if (parts.isEmpty()) {
                return rows;
            }
            // a key whose rows sum to nothing (aggregate rows moved to another previous month) had no visit
            String sql = "select key, sum(enterprises) as enterprises, sum(visits) as visits"
                    + " from (" + String.join(" union all ", parts) + ") parts group by key"
                    + " having sum(enterprises) <> 0 or sum(visits) <> 0";
            jdbc.query(sql, parameters, rs -> {
                rows.put(rs.getString("key"), new VisitCount(rs.getLong("enterprises"), rs.getLong("visits")));
            });
            return rows;
        }
    }

    /** A sum over several cube tables, each restricted to its days, all with the same filters. */
    private final class Union {

        private final Generation generation;
        private final FigureFilter filter;
        private final String groupColumn;
        private final List<String> parts = new ArrayList<>();
        private final MapSqlParameterSource parameters = new MapSqlParameterSource();
        private String bucket;

        Union(Generation generation, FigureFilter filter, String groupColumn) {
            this.generation = generation;
            this.filter = filter;
            this.groupColumn = groupColumn;
        }

        /** The next part's rows are keyed by this expression of its effective time instead of a dimension. */
        Union bucketed(String expression) {
            this.bucket = expression;
            return this;
        }

        void part(String table, String timeCondition, LocalDate from, LocalDate to, LocalDate since,
                  LocalDate until) {
            String name = "p" + parts.size();
            parameters.addValue(name + "_from", from).addValue(name + "_to", to);
            if (since != null) {
                parameters.addValue(name + "_since", since);
            }
            if (until != null) {
                parameters.addValue(name + "_until", until);
            }
            String key = bucket != null ? bucket + "::text" : groupColumn != null ? groupColumn : "'" + ALL + "'";
            parts.add("select " + key + " as key, " + COLUMNS + " from " + generation.table(table)
                    + " where " + String.format(timeCondition, name) + filters());
            bucket = null;
        }

        private String filters() {
            var where = new StringBuilder(visitFilters(filter, parameters));
            if (filter.category() != null) {
                where.append(" and category = :category");
                parameters.addValue("category", filter.category());
            }
            if (filter.department() != null) {
                where.append(" and department = :department");
                parameters.addValue("department", filter.department());
            }
            return where.toString();
        }

        Map<String, Counters> query() {
            var rows = new LinkedHashMap<String, Counters>();
            if (parts.isEmpty()) {
                return rows;
            }
            String sql = "select key, " + SUMS + " from (" + String.join(" union all ", parts) + ") parts"
                    + " group by key";
            jdbc.query(sql, parameters, rs -> {
                rows.put(rs.getString("key"), counters(rs));
            });
            return rows;
        }
    }

    private static Counters counters(ResultSet rs) throws SQLException {
        long[] values = new long[Counters.ALL.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getLong(Counters.ALL.get(i).column());
        }
        return Counters.of(values);
    }
}
