package gov.enterprise.resolution.queue;

import gov.enterprise.resolution.ticket.Light;
import gov.enterprise.resolution.ticket.TicketState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work queues straight from the {@code ticket} table: filtered, sorted by the day each ticket next needs someone,
 * paged by keyset, and counted per state and light. Lights are today's, computed from the stored light days, so a
 * ticket that went overdue at midnight shows red before the next evaluation has published it.
 */
@Repository
class WorkQueue {

    /** Today's light of a ticket: that of its running deadline, else the one it kept when its clock stopped. */
    private static final String LIGHT = """
            case when active_due is null then light when :today >= red_on then 'RED'
                 when :today >= yellow_on then 'YELLOW' else 'GREEN' end""";

    private final NamedParameterJdbcTemplate jdbc;

    WorkQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<QueueItem> items, QueueQuery.Position next, Counts counts) {
    }

    record Counts(Map<String, Long> byState, Map<String, Long> byLight, long overdue, long escalated,
                  long pendingExtensions) {
    }

    @Transactional(readOnly = true)
    Page list(QueueQuery query, LocalDate today) {
        var parameters = new MapSqlParameterSource("today", today);
        String scope = scope(query.scope(), parameters);
        String common = scope + filters(query, parameters);

        var where = new StringBuilder(common);
        where.append(" and state = any(cast(:states as text[]))");
        parameters.addValue("states", "{" + String.join(",", query.states().stream().map(Enum::name).toList()) + "}");
        if (query.light() != null) {
            // the light of a running deadline, as the light counts: a stopped clock's kept light is no tab's
            where.append(" and active_due is not null and ").append(LIGHT).append(" = :light");
            parameters.addValue("light", query.light().name());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and active_due < :today" : " and (active_due is null or active_due >= :today)");
        }
        if (query.after() != null) {
            where.append(" and (queue_due, issue_id) > (:afterDue, :afterId)");
            parameters.addValue("afterDue", query.after().due()).addValue("afterId", query.after().issueId());
        }
        parameters.addValue("limit", query.limit() + 1);
        List<QueueItem> rows = jdbc.query("select *, " + LIGHT + " as today_light from ticket where " + where
                + " order by queue_due, issue_id limit :limit", parameters, (rs, n) -> item(rs, query.scope(), today));
        QueueQuery.Position next = null;
        if (rows.size() > query.limit()) {
            rows = rows.subList(0, query.limit());
            QueueItem last = rows.getLast();
            next = new QueueQuery.Position(last.queueDue(), last.issueId());
        }
        return new Page(rows, next, counts(common, query.escalatedFrom(), parameters));
    }

    /**
     * Counts over the whole scope and the category and region filters, so that each tab shows its number: the
     * escalated tab's is what {@code escalated=true} lists in the default states.
     */
    private Counts counts(String where, int escalatedFrom, MapSqlParameterSource parameters) {
        var byState = new LinkedHashMap<String, Long>();
        Arrays.stream(TicketState.values()).filter(s -> s != TicketState.TRANSFERRED)
                .forEach(s -> byState.put(s.name(), 0L));
        var byLight = new LinkedHashMap<String, Long>();
        Arrays.stream(Light.values()).forEach(l -> byLight.put(l.name(), 0L));
        long[] overdue = {0};
        long[] escalated = {0};
        long[] pending = {0};
        jdbc.query("select state, " + LIGHT + " as today_light, active_due is not null as running,"
                + " active_due < :today as overdue, escalation_level >= " + escalatedFrom + " as escalated,"
                + " pending_extension_days is not null as pending, count(*) as n from ticket where " + where
                + " group by 1, 2, 3, 4, 5, 6", parameters, rs -> {
                    long n = rs.getLong("n");
                    byState.merge(rs.getString("state"), n, Long::sum);
                    if (rs.getBoolean("running")) {
                        byLight.merge(rs.getString("today_light"), n, Long::sum);
                    }
                    if (rs.getBoolean("overdue")) {
                        overdue[0] += n;
                    }
                    if (rs.getBoolean("escalated")
                            && QueueQuery.DEFAULT_STATES.contains(TicketState.valueOf(rs.getString("state")))) {
                        escalated[0] += n;
                    }
                    if (rs.getBoolean("pending")) {
                        pending[0] += n;
                    }
                });
        return new Counts(byState, byLight, overdue[0], escalated[0], pending[0]);
    }

    private static String scope(QueueQuery.Scope scope, MapSqlParameterSource parameters) {
        return switch (scope) {
            case QueueQuery.Scope.LeadDepartment lead -> {
                parameters.addValue("department", lead.department());
                yield "department = :department";
            }
            case QueueQuery.Scope.CoDepartment co -> {
                parameters.addValue("department", co.department());
                // the GIN index holds only tickets with co-departments (V4): the predicate lets the planner use it
                yield "co_departments @> array[cast(:department as text)] and co_departments <> '{}'";
            }
            case QueueQuery.Scope.Regions regions -> {
                parameters.addValue("regions", "{" + String.join(",", regions.regionCodes()) + "}");
                if (regions.department() != null) {
                    parameters.addValue("department", regions.department());
                    yield "region_code = any(cast(:regions as text[])) and department = :department";
                }
                yield "region_code = any(cast(:regions as text[]))";
            }
            case QueueQuery.Scope.Enterprise enterprise -> {
                parameters.addValue("uscc", enterprise.uscc());
                yield "uscc = :uscc";
            }
        };
    }

    private static String filters(QueueQuery query, MapSqlParameterSource parameters) {
        var where = new StringBuilder();
        if (query.category() != null) {
            where.append(" and category = :category");
            parameters.addValue("category", query.category());
        }
        if (query.regions() != null) {
            where.append(" and region_code = any(cast(:filterRegions as text[]))");
            parameters.addValue("filterRegions", "{" + String.join(",", query.regions()) + "}");
        }
        if (query.escalated()) {
            where.append(" and escalation_level >= ").append(query.escalatedFrom());
        }
        if (query.pendingExtension()) {
            where.append(" and pending_extension_days is not null");
        }
        return where.toString();
    }

    private static QueueItem item(ResultSet rs, QueueQuery.Scope scope, LocalDate today) throws SQLException {
        LocalDate activeDue = rs.getObject("active_due", LocalDate.class);
        List<String> co = List.of((String[]) rs.getArray("co_departments").getArray());
        List<String> contributed = List.of((String[]) rs.getArray("contributed").getArray());
        Boolean myContribution = scope instanceof QueueQuery.Scope.CoDepartment c
                ? contributed.contains(c.department()) : null;
        LocalDate queueDue = rs.getObject("queue_due", LocalDate.class);
        return new QueueItem(rs.getString("issue_id"), rs.getString("title"), rs.getString("category"),
                rs.getString("priority"), rs.getString("department"), new ArrayList<>(co), rs.getString("state"),
                rs.getString("today_light"), activeDue != null && activeDue.isBefore(today),
                queueDue, queueDue.getYear() == 9999 ? null : queueDue,
                rs.getObject("accept_due", LocalDate.class), rs.getObject("resolve_due", LocalDate.class),
                rs.getInt("escalation_level"), rs.getString("escalated_to"),
                rs.getObject("pending_extension_days") != null, rs.getInt("reopen_count"),
                new QueueItem.EnterpriseRef(rs.getString("uscc"), rs.getString("region_code"), rs.getString("cluster")),
                myContribution, rs.getObject("assigned_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }
}
