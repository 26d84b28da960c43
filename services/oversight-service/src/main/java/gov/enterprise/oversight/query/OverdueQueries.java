package gov.enterprise.oversight.query;

import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.page.Cursors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The overdue tickets now, the most overdue (earliest missed deadline: acceptance while a ticket waits to be
 * accepted, else resolution, {@link gov.enterprise.oversight.figure.MissedDeadline}) first, read through the partial
 * index that holds only overdue issues; pages continue after a cursor (the last row's sort key), so a page never
 * skips or repeats a row when others change.
 */
@Repository
public class OverdueQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public OverdueQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Item(String issueId, String title, String uscc, String enterpriseName, String region,
                       String cluster, String category, String department, String state, String light,
                       LocalDate acceptDue, LocalDate resolveDue, LocalDate missedDue, Instant overdueSince,
                       int escalationLevel, String escalatedTo, Instant reportedAt) {
    }

    public record Page(List<Item> items, Cursor next) {
    }

    /** Where a page ends: the sort key of its last row (the day of the deadline it missed first). */
    public record Cursor(LocalDate missedDue, Instant reportedAt, String issueId) {

        public static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return Cursors.decode(text, 3, parts -> new Cursor(Cursors.date(parts.get(0)),
                    Cursors.instant(parts.get(1)), parts.get(2)));
        }

        public String text() {
            return Cursors.encode(missedDue, reportedAt, issueId);
        }
    }

    public Page page(Generation generation, FigureFilter filter, int limit, Cursor after) {
        var parameters = new MapSqlParameterSource()
                .addValue("from", filter.period().from()).addValue("to", filter.period().to())
                .addValue("limit", limit + 1);
        var where = new StringBuilder(" where i.overdue and i.report_day between :from and :to");
        if (filter.regions() != null) {
            where.append(" and i.region in (:regions)");
            parameters.addValue("regions", List.copyOf(filter.regions()));
        }
        if (filter.cluster() != null) {
            where.append(" and i.cluster = :cluster");
            parameters.addValue("cluster", filter.cluster());
        }
        if (filter.category() != null) {
            where.append(" and i.category = :category");
            parameters.addValue("category", filter.category());
        }
        if (filter.department() != null) {
            where.append(" and i.department = :department");
            parameters.addValue("department", filter.department());
        }
        if (after != null) {
            where.append(" and (i.overdue_due, i.reported_at, i.issue_id) > (:afterDue, :afterReported, :afterId)");
            parameters.addValue("afterDue", after.missedDue())
                    .addValue("afterReported", after.reportedAt().atOffset(java.time.ZoneOffset.UTC))
                    .addValue("afterId", after.issueId());
        }
        String sql = "select i.issue_id, i.title, i.uscc, e.name as enterprise_name, i.region, i.cluster, i.category,"
                + " i.department, i.ticket_state, i.light, i.accept_due, i.resolve_due, i.overdue_due, i.overdue_since,"
                + " i.escalation_level, i.escalated_to, i.reported_at"
                + " from " + generation.table("issue") + " i"
                + " left join " + generation.table("enterprise") + " e on e.uscc = i.uscc"
                + where + " order by i.overdue_due, i.reported_at, i.issue_id limit :limit";
        var items = new ArrayList<Item>(jdbc.query(sql, parameters, (rs, row) -> new Item(rs.getString("issue_id"),
                rs.getString("title"), rs.getString("uscc"), rs.getString("enterprise_name"), rs.getString("region"),
                rs.getString("cluster"), rs.getString("category"), rs.getString("department"),
                rs.getString("ticket_state"), rs.getString("light"), rs.getObject("accept_due", LocalDate.class),
                rs.getObject("resolve_due", LocalDate.class), rs.getObject("overdue_due", LocalDate.class),
                instant(rs.getObject("overdue_since", OffsetDateTime.class)), rs.getInt("escalation_level"),
                rs.getString("escalated_to"), instant(rs.getObject("reported_at", OffsetDateTime.class)))));
        Cursor next = null;
        if (items.size() > limit) {
            items.removeLast();
            Item last = items.getLast();
            next = new Cursor(last.missedDue(), last.reportedAt(), last.issueId());
        }
        return new Page(items, next);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
