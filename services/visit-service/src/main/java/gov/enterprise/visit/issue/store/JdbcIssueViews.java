package gov.enterprise.visit.issue.store;

import gov.enterprise.persistence.TransactionScoped;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.issue.EnterpriseIssue;
import gov.enterprise.visit.issue.IssueViews;
import gov.enterprise.visit.issue.TicketState;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issue view in table {@code enterprise_issue}. Issues raised in visits but not yet reported by intake are read
 * from {@code raised_issue} with status {@code RAISED}, so a cadre sees them in the file at once.
 */
public class JdbcIssueViews implements IssueViews {

    private static final String COLUMNS = """
            issue_id, uscc, title, channel, visit_id, reported_by, reported_at, category, department, status,
            status_at, ticket_state, light, accept_due, resolve_due, escalation_level, outcome, ticket_version,
            ticket_category, ticket_department""";

    // an issue raised in a visit here, as long as intake has not reported it
    private static final String RAISED = """
            SELECT r.issue_id::text AS issue_id, v.uscc, r.title, 'VISIT' AS channel, v.visit_id::text AS visit_id,
                   'cadre:' || v.cadre_id AS reported_by, v.visited_at AS reported_at, r.category_hint AS category,
                   NULL AS department, 'RAISED' AS status, v.recorded_at AS status_at, NULL AS ticket_state,
                   NULL AS light, NULL::date AS accept_due, NULL::date AS resolve_due, NULL::int AS escalation_level,
                   NULL AS outcome, NULL::bigint AS ticket_version, NULL AS ticket_category,
                   NULL AS ticket_department
            FROM raised_issue r JOIN visit v ON v.visit_id = r.visit_id
            WHERE NOT EXISTS (SELECT 1 FROM enterprise_issue i WHERE i.issue_id = r.issue_id::text)""";

    private static final String UPSERT = """
            INSERT INTO enterprise_issue (issue_id, uscc, title, channel, visit_id, reported_by,
                reported_at, category, department, status, status_at, ticket_state, light, accept_due,
                resolve_due, escalation_level, outcome, ticket_version, ticket_category, ticket_department)
            VALUES (:issueId, :uscc, :title, :channel, :visitId, :reportedBy, :reportedAt, :category,
                :department, :status, :statusAt, :ticketState, :light, :acceptDue, :resolveDue,
                :escalationLevel, :outcome, :ticketVersion, :ticketCategory, :ticketDepartment)
            ON CONFLICT (issue_id) DO UPDATE SET uscc = excluded.uscc, title = excluded.title,
                channel = excluded.channel, visit_id = excluded.visit_id,
                reported_by = excluded.reported_by, reported_at = excluded.reported_at,
                category = excluded.category, department = excluded.department,
                status = excluded.status, status_at = excluded.status_at,
                ticket_state = excluded.ticket_state, light = excluded.light,
                accept_due = excluded.accept_due, resolve_due = excluded.resolve_due,
                escalation_level = excluded.escalation_level, outcome = excluded.outcome,
                ticket_version = excluded.ticket_version, ticket_category = excluded.ticket_category,
                ticket_department = excluded.ticket_department""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    // the issues a transaction locked (empty: not stored) and those it saved, written together before it commits
    private final TransactionScoped<Held> held = new TransactionScoped<>(Held::new, this::write);

    public JdbcIssueViews(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Locks every issue in one statement, in the order given (a poll's order: two listeners lock in one order), then
     * reads those stored in another: a statement of its own, so that it reads what the holders of the locks it waited
     * for committed.
     */
    @Override
    public void lockAll(List<String> issueIds) {
        Optional<Held> scoped = held.current();
        if (scoped.isEmpty() || issueIds.isEmpty()) {
            return;
        }
        String[] ids = issueIds.toArray(String[]::new);
        // an unnest is read, and so each lock taken, in the array's order
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('enterprise_issue:' || id, 0))"
                + " FROM unnest(?::text[]) AS id").param(ids).query((rs, row) -> 1).list();
        Map<String, Optional<EnterpriseIssue>> known = scoped.get().known;
        issueIds.forEach(id -> known.put(id, Optional.empty()));
        jdbc.sql("SELECT " + COLUMNS + " FROM enterprise_issue WHERE issue_id = ANY (?)").param(ids)
                .query(JdbcIssueViews::issue).list()
                .forEach(issue -> known.put(issue.issueId(), Optional.of(issue)));
    }

    @Override
    public Optional<EnterpriseIssue> lock(String issueId) {
        Optional<Held> scoped = held.current();
        if (scoped.isPresent() && scoped.get().known.containsKey(issueId)) {
            return scoped.get().known.get(issueId);
        }
        // a transaction-scoped lock on the id also covers an issue not stored yet (two topics may race to insert it)
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('enterprise_issue:' || ?, 0))").param(issueId)
                .query((rs, row) -> 1).list();
        Optional<EnterpriseIssue> issue = jdbc.sql("SELECT " + COLUMNS + " FROM enterprise_issue WHERE issue_id = ?")
                .param(issueId).query(JdbcIssueViews::issue).optional();
        scoped.ifPresent(h -> h.known.put(issueId, issue));
        return issue;
    }

    @Override
    public void save(EnterpriseIssue issue) {
        Optional<Held> scoped = held.current();
        if (scoped.isEmpty()) {
            batches.update(UPSERT, parameters(issue));
            return;
        }
        scoped.get().known.put(issue.issueId(), Optional.of(issue));
        scoped.get().saved.put(issue.issueId(), issue);
    }

    private void write(Held scoped) {
        if (!scoped.saved.isEmpty()) {
            // one round trip: the driver sends a batch's statements together
            batches.batchUpdate(UPSERT, scoped.saved.values().stream().map(JdbcIssueViews::parameters)
                    .toArray(SqlParameterSource[]::new));
        }
    }

    private static SqlParameterSource parameters(EnterpriseIssue issue) {
        TicketState ticket = issue.ticket();
        return new MapSqlParameterSource()
                .addValue("issueId", issue.issueId(), Types.VARCHAR)
                .addValue("uscc", issue.uscc(), Types.VARCHAR)
                .addValue("title", issue.title(), Types.VARCHAR)
                .addValue("channel", issue.channel(), Types.VARCHAR)
                .addValue("visitId", issue.visitId(), Types.VARCHAR)
                .addValue("reportedBy", issue.reportedBy(), Types.VARCHAR)
                .addValue("reportedAt", timestamp(issue.reportedAt()), Types.TIMESTAMP)
                .addValue("category", issue.category(), Types.VARCHAR)
                .addValue("department", issue.department(), Types.VARCHAR)
                .addValue("status", issue.status(), Types.VARCHAR)
                .addValue("statusAt", timestamp(issue.statusAt()), Types.TIMESTAMP)
                .addValue("ticketState", ticket == null ? null : ticket.state(), Types.VARCHAR)
                .addValue("light", ticket == null ? null : ticket.light(), Types.VARCHAR)
                .addValue("acceptDue", ticket == null || ticket.acceptDue() == null ? null
                        : Date.valueOf(ticket.acceptDue()), Types.DATE)
                .addValue("resolveDue", ticket == null || ticket.resolveDue() == null ? null
                        : Date.valueOf(ticket.resolveDue()), Types.DATE)
                .addValue("escalationLevel", ticket == null ? null : ticket.escalationLevel(), Types.INTEGER)
                .addValue("outcome", ticket == null ? null : ticket.outcome(), Types.VARCHAR)
                .addValue("ticketVersion", ticket == null ? null : ticket.version(), Types.BIGINT)
                .addValue("ticketCategory", ticket == null ? null : ticket.category(), Types.VARCHAR)
                .addValue("ticketDepartment", ticket == null ? null : ticket.department(), Types.VARCHAR);
    }

    /** What one transaction locked and saved. */
    private static final class Held {
        private final Map<String, Optional<EnterpriseIssue>> known = new HashMap<>();
        // in the order first saved: the issues are locked already, so the order of the writes matters to no one
        private final Map<String, EnterpriseIssue> saved = new LinkedHashMap<>();
    }

    @Override
    public List<EnterpriseIssue> ofEnterprise(Uscc uscc, int limit) {
        return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + " FROM enterprise_issue WHERE uscc = :uscc UNION ALL "
                        + "SELECT * FROM (" + RAISED + ") AS raised WHERE raised.uscc = :uscc) AS issues "
                        + "ORDER BY reported_at DESC NULLS LAST, issue_id LIMIT :limit")
                .param("uscc", uscc.value()).param("limit", limit)
                .query(JdbcIssueViews::issue).list();
    }

    @Override
    public List<EnterpriseIssue> openOf(Collection<Uscc> usccs) {
        if (usccs.isEmpty()) {
            return List.of();
        }
        String[] codes = usccs.stream().map(Uscc::value).toArray(String[]::new);
        return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + " FROM enterprise_issue WHERE uscc = ANY (:usccs)"
                        + " AND status NOT IN ('CLOSED', 'DUPLICATE', 'REJECTED') UNION ALL SELECT * FROM (" + RAISED
                        + ") AS raised WHERE raised.uscc = ANY (:usccs)) AS issues"
                        + " ORDER BY reported_at NULLS LAST, issue_id")
                .param("usccs", codes)
                .query(JdbcIssueViews::issue).list();
    }

    @Override
    public List<EnterpriseIssue> find(Collection<String> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + " FROM enterprise_issue WHERE issue_id = ANY (:ids)"
                        + " UNION ALL SELECT * FROM (" + RAISED + ") AS raised WHERE raised.issue_id = ANY (:ids))"
                        + " AS issues")
                .param("ids", issueIds.toArray(String[]::new))
                .query(JdbcIssueViews::issue).list();
    }

    private static EnterpriseIssue issue(ResultSet rs, int row) throws SQLException {
        String ticketState = rs.getString("ticket_state");
        TicketState ticket = ticketState == null ? null : new TicketState(rs.getString("issue_id"),
                rs.getString("uscc"), rs.getString("ticket_category"), rs.getString("ticket_department"), ticketState,
                rs.getString("light"), date(rs, "accept_due"), date(rs, "resolve_due"),
                rs.getInt("escalation_level"), rs.getString("outcome"), rs.getLong("ticket_version"));
        return new EnterpriseIssue(rs.getString("issue_id"), rs.getString("uscc"), rs.getString("title"),
                rs.getString("channel"), rs.getString("visit_id"), rs.getString("reported_by"),
                instant(rs, "reported_at"), rs.getString("category"), rs.getString("department"),
                rs.getString("status"), instant(rs, "status_at"), ticket);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
