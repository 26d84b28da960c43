package gov.enterprise.oversight.query;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.oversight.access.Scope;
import gov.enterprise.oversight.config.OversightProperties;
import gov.enterprise.oversight.figure.Counter;
import gov.enterprise.oversight.figure.Counters;
import gov.enterprise.oversight.figure.DepartmentRanking;
import gov.enterprise.oversight.figure.Figures;
import gov.enterprise.oversight.figure.Figures.VisitCount;
import gov.enterprise.oversight.figure.Interval;
import gov.enterprise.oversight.figure.MissedDeadline;
import gov.enterprise.oversight.figure.Period;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.readmodel.Generations;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import gov.enterprise.web.problem.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.springframework.stereotype.Service;

/**
 * The figures leaders read: summary, breakdowns, trends, the overdue list and the department ranking, each within
 * the caller's {@link Scope} and answered from the ACTIVE generation of the read models.
 */
@Service
public class OversightFigures {

    /**
     * The default start of a period: before any issue, so that "no from" means "since the beginning". Also the first
     * day a date parameter may name ({@link #LAST_DAY} the last): the years 2000 to 2100 hold any real campaign and
     * are those a working-day calendar may be loaded for; a day far outside them (-4713-11-24) reached PostgreSQL as
     * a month it cannot hold and was answered with wrong figures (no enterprise visited) instead of a refusal.
     */
    public static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private final Generations generations;
    private final FigureQueries queries;
    private final OverdueQueries overdue;
    private final ReferenceData reference;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ZoneId zone;
    private final OversightProperties properties;

    public OversightFigures(Generations generations, FigureQueries queries, OverdueQueries overdue,
                            ReferenceData reference, WorkingDayCalendar calendar, Clock clock,
                            OversightProperties properties) {
        this.generations = generations;
        this.queries = queries;
        this.overdue = overdue;
        this.reference = reference;
        this.calendar = calendar;
        this.clock = clock;
        this.zone = properties.zone();
        this.properties = properties;
    }

    /** What a request asks for, before scoping. */
    public record Request(LocalDate from, LocalDate to, LocalDate asOf, String region, String cluster,
                          String category, String department) {

        /** A request as a caller asked it: each date it names must lie from {@link #BEGINNING} to {@link #LAST_DAY}. */
        public static Request asked(LocalDate from, LocalDate to, LocalDate asOf, String region, String cluster,
                                    String category, String department) {
            return new Request(day("from", from), day("to", to), day("asOf", asOf), region, cluster, category,
                    department);
        }

        private static LocalDate day(String parameter, LocalDate day) {
            if (day != null && (day.isBefore(BEGINNING) || day.isAfter(LAST_DAY))) {
                throw Problems.invalid(parameter, "must be a day from " + BEGINNING + " to " + LAST_DAY);
            }
            return day;
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Views.Summary summary(Scope scope, Request request) {
        Generation generation = generations.active();
        FigureFilter filter = filter(scope, request);
        Counters counters = queries.counters(generation, filter, null, today())
                .getOrDefault(FigureQueries.ALL, Counters.zero());
        VisitCount visits = filter.countsVisits()
                ? queries.visits(generation, filter, null).getOrDefault(FigureQueries.ALL, VisitCount.NONE) : null;
        return new Views.Summary(Figures.of(counters, visits), query(scope, request, filter, generation),
                Instant.now(clock));
    }

    public Views.Breakdown breakdown(Scope scope, Request request, Dimension by) {
        Generation generation = generations.active();
        FigureFilter filter = filter(scope, request);
        Map<String, Counters> rawCounters = queries.counters(generation, filter, by, today());
        Map<String, VisitCount> rawVisits = filter.countsVisits() && by.appliesToVisits()
                ? queries.visits(generation, filter, by) : null;
        boolean byRegion = by == Dimension.REGION;
        Map<String, Counters> counters = byRegion ? rollUp(rawCounters, scope.rootRegion(), Counters::plus)
                : rawCounters;
        Map<String, VisitCount> visits = rawVisits == null || !byRegion ? rawVisits
                : rollUp(rawVisits, scope.rootRegion(), VisitCount::plus);
        var keys = new ArrayList<>(counters.keySet());
        if (visits != null) {
            visits.keySet().stream().filter(key -> !counters.containsKey(key)).forEach(keys::add);
        }
        keys.sort(Comparator.naturalOrder());
        var rows = new ArrayList<Views.BreakdownRow>();
        Counters total = Counters.zero();
        for (String key : keys) {
            Counters row = counters.getOrDefault(key, Counters.zero());
            VisitCount rowVisits = visits == null ? null : visits.getOrDefault(key, VisitCount.NONE);
            if (row.isZero() && (rowVisits == null || rowVisits.equals(VisitCount.NONE))) {
                continue;   // e.g. a department whose only issue was transferred away
            }
            total = total.plus(row);
            Names names = Names.of(reference, by, key);
            rows.add(new Views.BreakdownRow(key, names.nameZh(), names.nameEn(), Figures.of(row, rowVisits)));
        }
        VisitCount totalVisits = null;
        if (rawVisits != null) {
            // distinct enterprises add up across regions and clusters by design (docs/metrics.md): no second query
            totalVisits = rawVisits.values().stream().reduce(VisitCount.NONE, VisitCount::plus);
        } else if (filter.countsVisits()) {
            totalVisits = queries.visits(generation, filter, null).getOrDefault(FigureQueries.ALL, VisitCount.NONE);
        }
        return new Views.Breakdown(by.column(), rows, Figures.of(total, totalVisits),
                query(scope, request, filter, generation), Instant.now(clock));
    }

    public Views.Trend trend(Scope scope, Request request, Interval interval) {
        Generation generation = generations.active();
        LocalDate to = request.to() != null ? request.to() : today();
        LocalDate from = request.from() != null ? request.from() : defaultTrendStart(interval, to);
        FigureFilter filter = filter(scope, new Request(from, to, request.asOf(), request.region(),
                request.cluster(), request.category(), request.department()));
        LocalDate end = filter.period().to();
        if (filter.asOf() != null && filter.asOf().isBefore(end)) {
            end = filter.asOf();
        }
        if (end.isAfter(today())) {
            end = today();
        }
        Period shown = filter.period().until(end);
        var rows = new ArrayList<Views.TrendRow>();
        if (shown != null) {
            if (interval.count(shown) > properties.maxTrendBuckets()) {
                throw Problems.invalid("interval", "a " + interval.name().toLowerCase() + " trend of this period has "
                        + interval.count(shown) + " points; at most " + properties.maxTrendBuckets()
                        + " are drawn: choose a longer interval or a shorter period");
            }
            Map<LocalDate, Counters> changes = queries.changes(generation, filter, interval, today());
            Map<LocalDate, FigureQueries.VisitBucket> visits = filter.countsVisits()
                    ? queries.visitTrend(generation, filter, interval, end) : null;
            Counters running = Counters.zero();
            VisitCount runningVisits = VisitCount.NONE;
            for (Period bucket : interval.buckets(shown)) {
                LocalDate key = interval.start(bucket.from());
                Counters change = changes.getOrDefault(key, Counters.zero());
                running = running.plus(change);
                FigureQueries.VisitBucket bucketVisits = visits == null ? null
                        : visits.getOrDefault(key, FigureQueries.VisitBucket.NONE);
                if (bucketVisits != null) {
                    runningVisits = runningVisits.plus(new VisitCount(bucketVisits.newToPeriod(),
                            bucketVisits.visits()));
                }
                rows.add(new Views.TrendRow(bucket.from(), bucket.to(),
                        Figures.of(running, visits == null ? null : runningVisits),
                        new Views.InInterval(change.get(Counter.COLLECTED), change.get(Counter.HANDLED),
                                change.get(Counter.RESOLVED), change.get(Counter.CLOSED),
                                bucketVisits == null ? null : bucketVisits.visits(),
                                bucketVisits == null ? null : bucketVisits.enterprises())));
            }
        }
        return new Views.Trend(interval.name().toLowerCase(), rows, query(scope, request, filter, generation),
                Instant.now(clock));
    }

    public Views.Overdue overdue(Scope scope, Request request, int limit, String cursor) {
        if (limit < 1 || limit > properties.overdueLimit()) {
            throw Problems.invalid("limit", "must be between 1 and " + properties.overdueLimit());
        }
        Generation generation = generations.active();
        FigureFilter filter = filter(scope, new Request(request.from(), request.to(), null, request.region(),
                request.cluster(), request.category(), request.department()));
        OverdueQueries.Page page = overdue.page(generation, filter, limit, OverdueQueries.Cursor.parse(cursor));
        LocalDate today = today();
        var items = page.items().stream().map(item -> {
            Names department = Names.of(reference, Dimension.DEPARTMENT, item.department());
            Integer late = item.missedDue() == null ? null
                    : MissedDeadline.workingDaysOverdue(item.missedDue(), today, calendar);
            return new Views.OverdueItem(item.issueId(), item.title(), item.uscc(), item.enterpriseName(),
                    item.region(), item.cluster(), item.category(), item.department(), department.nameZh(),
                    department.nameEn(), item.state(), item.light(),
                    MissedDeadline.of(item.state(), item.acceptDue(), item.resolveDue()),
                    item.acceptDue(), item.resolveDue(), late, item.overdueSince(), item.escalationLevel(),
                    item.escalatedTo(), item.reportedAt());
        }).toList();
        return new Views.Overdue(items, page.next() == null ? null : page.next().text(),
                query(scope, request, filter, generation), Instant.now(clock));
    }

    /**
     * Departments ranked on one measure among all departments within the caller's regions; a department head sees
     * its own row, with its rank among all.
     */
    public Views.Ranking ranking(Scope scope, Request request, DepartmentRanking.Measure measure,
                                 Integer minimumTickets) {
        long minimum = minimumTickets == null ? properties.minimumTickets() : minimumTickets;
        if (minimum < 0) {
            throw Problems.invalid("minTickets", "must not be negative");
        }
        Generation generation = generations.active();
        var allDepartments = new Scope(scope.rootRegion(), scope.regions(), null);
        FigureFilter filter = filter(allDepartments, new Request(request.from(), request.to(), request.asOf(),
                request.region(), request.cluster(), request.category(), null));
        Map<String, Counters> byDepartment = queries.counters(generation, filter, Dimension.DEPARTMENT, today());
        var departments = new ArrayList<DepartmentRanking.Row>();
        byDepartment.forEach((department, counters) -> {
            if (!department.isEmpty()) {
                departments.add(new DepartmentRanking.Row(department, Figures.of(counters, null)));
            }
        });
        var rows = DepartmentRanking.rank(departments, measure, minimum).stream()
                .filter(place -> scope.department() == null || scope.department().equals(place.department()))
                .map(place -> {
                    Names names = Names.of(reference, Dimension.DEPARTMENT, place.department());
                    return new Views.RankingRow(place.rank(), place.department(), names.nameZh(), names.nameEn(),
                            place.figures().tickets(), place.value(), place.figures());
                }).toList();
        return new Views.Ranking(measure.apiName(), minimum, rows,
                query(scope, request, filter(scope, request), generation), Instant.now(clock));
    }

    private FigureFilter filter(Scope scope, Request request) {
        LocalDate from = request.from() != null ? request.from() : BEGINNING;
        LocalDate to = request.to() != null ? request.to() : today();
        if (from.isAfter(to)) {
            throw Problems.invalid("from", "must not be after to (" + to + ")");
        }
        if (request.cluster() != null && reference.cluster(request.cluster()).isEmpty()) {
            throw Problems.invalid("cluster", "unknown industry cluster " + request.cluster());
        }
        if (request.category() != null && reference.category(request.category()).isEmpty()) {
            throw Problems.invalid("category", "unknown category " + request.category());
        }
        return new FigureFilter(new Period(from, to), request.asOf(), scope.regions(), request.cluster(),
                request.category(), scope.department());
    }

    private Views.Query query(Scope scope, Request request, FigureFilter filter, Generation generation) {
        return new Views.Query(filter.period().from(), filter.period().to(), request.asOf(),
                scope.regions() == null ? request.region() : scope.rootRegion(), request.cluster(),
                request.category(), scope.department(), generation.number());
    }

    private static LocalDate defaultTrendStart(Interval interval, LocalDate to) {
        return switch (interval) {
            case DAY -> to.minusDays(29);
            case WEEK -> Interval.WEEK.start(to.minusWeeks(11));
            case MONTH -> to.minusMonths(11).withDayOfMonth(1);
        };
    }

    /**
     * Rows keyed by the county-level region an issue or visit sits in, summed into the rows of a region breakdown:
     * each sub-region of {@code root} with everything inside it, {@code root} itself for what is recorded at its own
     * level, and any region outside {@code root} as it is.
     */
    private <T> Map<String, T> rollUp(Map<String, T> byRegion, String root, BinaryOperator<T> plus) {
        var rows = new LinkedHashMap<String, T>();
        byRegion.forEach((region, value) -> rows.merge(rowOf(region, root), value, plus));
        return rows;
    }

    private String rowOf(String region, String root) {
        if (region.equals(root) || !reference.isWithin(region, root)) {
            return region;
        }
        String row = region;
        while (true) {
            String parent = reference.region(row).map(Region::parentCode).orElse(null);
            if (parent == null || parent.equals(root)) {
                return row;
            }
            row = parent;
        }
    }
}
