package gov.enterprise.oversight.query;

import gov.enterprise.oversight.access.OversightAccess;
import gov.enterprise.oversight.access.Scope;
import gov.enterprise.oversight.figure.DepartmentRanking;
import gov.enterprise.oversight.figure.Interval;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leaders' figures (brief §4): summary, breakdown, trend, overdue list and department ranking, each also as CSV
 * at the same path with {@code .csv}. Every endpoint takes the same filters: {@code from}, {@code to} (report days,
 * inclusive), {@code asOf} (figures as they stood at the end of that day), {@code region} (with its sub-regions),
 * {@code cluster}, {@code category}, {@code department}.
 */
@RestController
@RequestMapping("/api/v1/oversight")
class OversightController {

    private final OversightFigures figures;
    private final OversightAccess access;

    OversightController(OversightFigures figures, OversightAccess access) {
        this.figures = figures;
        this.access = access;
    }

    /** The filters every endpoint takes, bound from the query string. */
    record Filters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   String region, String cluster, String category, String department) {

        OversightFigures.Request request() {
            return OversightFigures.Request.asked(from, to, asOf, blank(region), blank(cluster), blank(category),
                    blank(department));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GetMapping("/summary")
    Views.Summary summary(Filters filters, Subject caller) {
        return figures.summary(scope(caller, filters), filters.request());
    }

    @GetMapping("/summary.csv")
    ResponseEntity<byte[]> summaryCsv(Filters filters, Subject caller) {
        Views.Summary summary = summary(filters, caller);
        var query = summary.query();
        return CsvExport.withFigures("from", "to", "asOf", "region", "cluster", "category", "department")
                .row(summary.figures(), query.from(), query.to(), query.asOf(), query.region(), query.cluster(),
                        query.category(), query.department())
                .response("oversight-summary");
    }

    @GetMapping("/breakdown")
    Views.Breakdown breakdown(Filters filters, @RequestParam(defaultValue = "department") String by,
                              Subject caller) {
        return figures.breakdown(scope(caller, filters), filters.request(), parse("by", by, Dimension::parse));
    }

    @GetMapping("/breakdown.csv")
    ResponseEntity<byte[]> breakdownCsv(Filters filters, @RequestParam(defaultValue = "department") String by,
                                        Subject caller) {
        Views.Breakdown breakdown = breakdown(filters, by, caller);
        var csv = CsvExport.withFigures("key", "nameZh", "nameEn");
        breakdown.rows().forEach(row -> csv.row(row.figures(), row.key(), row.nameZh(), row.nameEn()));
        csv.row(breakdown.total(), "total", "合计", "Total");
        return csv.response("oversight-breakdown-" + breakdown.by());
    }

    @GetMapping("/trend")
    Views.Trend trend(Filters filters, @RequestParam(defaultValue = "month") String interval, Subject caller) {
        return figures.trend(scope(caller, filters), filters.request(), parse("interval", interval, Interval::parse));
    }

    @GetMapping("/trend.csv")
    ResponseEntity<byte[]> trendCsv(Filters filters, @RequestParam(defaultValue = "month") String interval,
                                    Subject caller) {
        Views.Trend trend = trend(filters, interval, caller);
        var csv = CsvExport.withFigures("from", "to", "collectedInInterval", "handledInInterval",
                "resolvedInInterval", "closedInInterval", "visitsInInterval", "enterprisesVisitedInInterval");
        trend.rows().forEach(row -> csv.row(row.figures(), row.from(), row.to(), row.inInterval().collected(),
                row.inInterval().handled(), row.inInterval().resolved(), row.inInterval().closed(),
                row.inInterval().visits(), row.inInterval().enterprisesVisited()));
        return csv.response("oversight-trend-" + trend.interval());
    }

    @GetMapping("/overdue")
    Views.Overdue overdue(Filters filters, @RequestParam(defaultValue = "100") int limit,
                          @RequestParam(required = false) String cursor, Subject caller) {
        if (filters.asOf() != null) {
            throw Problems.invalid("asOf", "the overdue list is the list of now; summary and breakdown take asOf");
        }
        return figures.overdue(scope(caller, filters), filters.request(), limit, cursor);
    }

    @GetMapping("/overdue.csv")
    ResponseEntity<byte[]> overdueCsv(Filters filters, @RequestParam(defaultValue = "1000") int limit,
                                      @RequestParam(required = false) String cursor, Subject caller) {
        Views.Overdue overdue = overdue(filters, limit, cursor, caller);
        var csv = CsvExport.of("issueId", "title", "uscc", "enterpriseName", "region", "cluster", "category",
                "department", "departmentNameZh", "departmentNameEn", "state", "light", "missedDeadline",
                "acceptDue", "resolveDue", "workingDaysOverdue", "overdueSince", "escalationLevel", "escalatedTo",
                "reportedAt");
        overdue.items().forEach(item -> csv.row(item.issueId(), item.title(), item.uscc(), item.enterpriseName(),
                item.region(), item.cluster(), item.category(), item.department(), item.departmentNameZh(),
                item.departmentNameEn(), item.state(), item.light(), item.missedDeadline(), item.acceptDue(),
                item.resolveDue(), item.workingDaysOverdue(), item.overdueSince(), item.escalationLevel(),
                item.escalatedTo(), item.reportedAt()));
        return csv.response("oversight-overdue");
    }

    @GetMapping("/ranking")
    Views.Ranking ranking(Filters filters, @RequestParam(defaultValue = "handledRate") String by,
                          @RequestParam(required = false) Integer minTickets, Subject caller) {
        return figures.ranking(scope(caller, filters), filters.request(),
                parse("by", by, DepartmentRanking.Measure::parse), minTickets);
    }

    @GetMapping("/ranking.csv")
    ResponseEntity<byte[]> rankingCsv(Filters filters, @RequestParam(defaultValue = "handledRate") String by,
                                      @RequestParam(required = false) Integer minTickets, Subject caller) {
        Views.Ranking ranking = ranking(filters, by, minTickets, caller);
        // "value" as in the JSON: the measure's own name (satisfactionRate...) is one of the figures' columns too
        var csv = CsvExport.withFigures("rank", "department", "nameZh", "nameEn", "tickets", "value");
        ranking.rows().forEach(row -> csv.row(row.figures(), row.rank(), row.department(), row.nameZh(),
                row.nameEn(), row.tickets(), row.value()));
        return csv.response("oversight-ranking-" + ranking.measure());
    }

    private Scope scope(Subject caller, Filters filters) {
        var request = filters.request();
        return access.scope(caller, request.region(), request.department());
    }

    private static <T> T parse(String parameter, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(parameter, "unknown value " + value);
        }
    }
}
