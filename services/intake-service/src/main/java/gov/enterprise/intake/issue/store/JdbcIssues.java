package gov.enterprise.intake.issue.store;

import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.duplicate.DuplicateCandidate;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.issue.Channel;
import gov.enterprise.intake.issue.DuplicateLink;
import gov.enterprise.intake.issue.HistoryEntry;
import gov.enterprise.intake.issue.Issue;
import gov.enterprise.intake.issue.IssuePage;
import gov.enterprise.intake.issue.IssueQuery;
import gov.enterprise.intake.issue.IssueState;
import gov.enterprise.intake.issue.Issues;
import gov.enterprise.intake.issue.ReturnRecord;
import gov.enterprise.intake.issue.TicketStatus;
import gov.enterprise.intake.routing.RoutingDecision;
import gov.enterprise.page.Cursors;
import gov.enterprise.persistence.TransactionScoped;
import gov.enterprise.version.StaleVersionException;
import gov.enterprise.version.VersionCondition;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issues in PostgreSQL: one row each, with their returns and history in side tables. Issues locked with
 * {@link #lockAll} are held for the transaction and their changes written in one batch just before it commits; a
 * rollback drops them.
 */
@Repository
public class JdbcIssues implements Issues {

    // "C": byte order, which for ids is the order of Java's String.compareTo a poll is applied in
    private static final String LOCK_ALL =
            "SELECT * FROM issue WHERE issue_id = ANY (:ids) ORDER BY issue_id COLLATE \"C\" FOR UPDATE";
    // rows per multi-row insert of side-table lines: well under PostgreSQL's 65,535 parameters per statement
    private static final int ROWS_PER_INSERT = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;
    private final TransactionScoped<Held> held = new TransactionScoped<>(Held::new, this::writeChanged);

    public JdbcIssues(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /** The issues a transaction locked with {@link #lockAll}, and those of them it changed, by id. */
    private static final class Held {
        final Map<String, Issue> issues = new HashMap<>();
        final Map<String, Issue> changed = new LinkedHashMap<>();
    }

    @Override
    public Optional<Issue> find(String issueId) {
        return load("SELECT * FROM issue WHERE issue_id = :id", issueId);
    }

    @Override
    public Optional<Issue> lock(String issueId) {
        Optional<Issue> kept = held.current().map(h -> h.issues.get(issueId));
        return kept.isPresent() ? kept : load("SELECT * FROM issue WHERE issue_id = :id FOR UPDATE", issueId);
    }

    @Override
    public void lockAll(List<String> issueIds) {
        Optional<Held> scoped = held.current();
        if (scoped.isEmpty()) {
            return;
        }
        Held h = scoped.get();
        String[] wanted = issueIds.stream().filter(id -> !h.issues.containsKey(id)).toArray(String[]::new);
        if (wanted.length == 0) {
            return;
        }
        List<Row> rows = jdbc.sql(LOCK_ALL).param("ids", new SqlParameterValue(Types.ARRAY, wanted))
                .query(JdbcIssues::row).list();
        // a return is written only with its issue's row, which is now locked: these are current
        Map<String, List<ReturnRecord>> returns = returns(rows.stream().map(Row::issueId).toList());
        rows.forEach(row -> h.issues.put(row.issueId(), row.toIssue(returns.getOrDefault(row.issueId(), List.of()))));
    }

    private Optional<Issue> load(String sql, String issueId) {
        Optional<Row> row = jdbc.sql(sql).param("id", issueId).query(JdbcIssues::row).optional();
        return row.map(r -> r.toIssue(returns(List.of(issueId)).getOrDefault(issueId, List.of())));
    }

    @Override
    public boolean insert(Issue issue) {
        Map<String, SqlParameterValue> columns = columns(issue);
        columns.put("version", new SqlParameterValue(Types.BIGINT, 1L));
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
        int inserted = jdbc.sql("INSERT INTO issue (" + names + ") VALUES (" + values
                        + ") ON CONFLICT (issue_id) DO NOTHING")
                .params(columns)
                .update();
        if (inserted == 0) {
            return false;
        }
        appendSideTables(issue);
        return true;
    }

    @Override
    public long update(Issue issue) {
        Optional<Held> scoped = held.current();
        if (scoped.isPresent() && scoped.get().issues.get(issue.id()) == issue) {
            scoped.get().changed.put(issue.id(), issue);
            return issue.version() + 1;
        }
        int[] updated = updateRows(List.of(issue));
        if (updated[0] == 0) {
            long current = jdbc.sql("SELECT version FROM issue WHERE issue_id = ?").param(issue.id())
                    .query(Long.class).optional().orElse(-1L);
            throw new StaleVersionException("Issue " + issue.id(), VersionCondition.at(issue.version()), current);
        }
        appendSideTables(issue);
        return issue.version() + 1;
    }

    /**
     * Before a transaction that held issues commits: every changed one written once, the rows in one batch (one
     * round trip), their new returns and history lines in a multi-row statement per table.
     */
    private void writeChanged(Held h) {
        if (h.changed.isEmpty()) {
            return;
        }
        List<Issue> changed = List.copyOf(h.changed.values());
        int[] counts = updateRows(changed);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                // the row has been locked since lockAll read it: nothing else can have changed it
                throw new IllegalStateException("Issue " + changed.get(i).id() + " changed while locked");
            }
        }
        appendSideTables(changed);
    }

    /**
     * Every column of each issue, the version raised by one where it is still the one the issue was read at; one
     * statement, or one batch (one round trip) for several. Returns the rows updated per issue: 0 where stale.
     */
    private int[] updateRows(List<Issue> issues) {
        String sql = null;
        List<Object[]> batch = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            Map<String, SqlParameterValue> columns = columns(issue);
            columns.remove("issue_id");
            if (sql == null) {
                sql = "UPDATE issue SET " + columns.keySet().stream().map(name -> name + " = ?")
                        .collect(Collectors.joining(", ")) + ", version = version + 1"
                        + " WHERE issue_id = ? AND version = ?";
            }
            List<Object> values = new ArrayList<>(columns.values());
            values.add(issue.id());
            values.add(issue.version());
            batch.add(values.toArray());
        }
        return batch.size() == 1 ? new int[] {batches.update(sql, batch.getFirst())} : batches.batchUpdate(sql, batch);
    }

    /** New returns and history entries, one multi-row statement each: a state change is one round trip per table. */
    private void appendSideTables(Issue issue) {
        appendSideTables(List.of(issue));
    }

    private void appendSideTables(List<Issue> issues) {
        List<List<Object>> returns = new ArrayList<>();
        List<List<Object>> history = new ArrayList<>();
        for (Issue issue : issues) {
            List<ReturnRecord> issueReturns = issue.returns();
            for (int seq = 0; seq < issueReturns.size(); seq++) {
                ReturnRecord r = issueReturns.get(seq);
                returns.add(Arrays.asList(issue.id(), seq, r.department(), r.reason(), r.returnedBy(),
                        time(r.returnedAt())));
            }
            for (HistoryEntry entry : issue.newHistory()) {
                history.add(Arrays.asList(issue.id(), time(entry.at()), entry.kind(), entry.actor(), entry.detail()));
            }
        }
        insertRows("INSERT INTO issue_return (issue_id, seq, department, reason, returned_by, returned_at) VALUES ",
                returns, 6, " ON CONFLICT (issue_id, seq) DO NOTHING");
        insertRows("INSERT INTO issue_history (issue_id, at, kind, actor, detail) VALUES ", history, 5, "");
    }

    private void insertRows(String insert, List<List<Object>> rows, int columns, String suffix) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            jdbc.sql(insert + rows(chunk.size(), columns) + suffix)
                    .params(chunk.stream().flatMap(List::stream).toList())
                    .update();
        }
    }

    /** {@code (?, ?), (?, ?)} for a multi-row VALUES list. */
    private static String rows(int rows, int columns) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public List<DuplicateCandidate> duplicateCandidates(String uscc, Instant since, String excludingIssueId) {
        return jdbc.sql("""
                        SELECT issue_id, title, description, reported_at FROM issue
                        WHERE uscc = ? AND reported_at >= ? AND issue_id <> ?
                          AND state NOT IN ('DUPLICATE', 'REJECTED')
                          AND (duplicate_status IS NULL OR duplicate_status <> 'FLAGGED')
                        ORDER BY reported_at""")
                .params(uscc, time(since), excludingIssueId)
                .query((rs, n) -> new DuplicateCandidate(rs.getString("issue_id"), rs.getString("title"),
                        rs.getString("description"), instant(rs, "reported_at")))
                .list();
    }

    @Override
    public List<HistoryEntry> history(String issueId) {
        return jdbc.sql("SELECT at, kind, actor, detail FROM issue_history WHERE issue_id = ? ORDER BY id")
                .param(issueId)
                .query((rs, n) -> new HistoryEntry(instant(rs, "at"), rs.getString("kind"), rs.getString("actor"),
                        rs.getString("detail")))
                .list();
    }

    @Override
    public List<String> mergedInto(String originalIssueId) {
        return jdbc.sql("""
                        SELECT issue_id FROM issue WHERE duplicate_of = ? AND state = 'DUPLICATE'
                        ORDER BY reported_at, issue_id""")
                .param(originalIssueId)
                .query(String.class)
                .list();
    }

    @Override
    public IssuePage search(IssueQuery query) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        switch (query.scope()) {
            case ENTERPRISE -> where.add("uscc = :scope");
            case PAIRED_WITH_CADRE -> where.add("uscc IN (SELECT uscc FROM cadre_pairing WHERE cadre_id = :scope)");
            case DEPARTMENT -> where.add("(current_department = :scope OR (state = 'ROUTED'"
                    + " AND :scope = ANY (coalesce(ticket_co_departments, co_departments))))");
            case TRIAGE_QUEUE -> where.add("state = 'TRIAGE'");
            case ALL -> where.add("true");
        }
        if (query.scopeValue() != null) {
            params.put("scope", query.scopeValue());
        }
        if (query.uscc() != null) {
            where.add("uscc = :uscc");
            params.put("uscc", query.uscc());
        }
        if (query.regions() != null) {
            where.add("region_code = ANY (:regions)");
            params.put("regions", new SqlParameterValue(Types.ARRAY, query.regions().toArray(String[]::new)));
        }
        if (query.state() != null) {
            where.add("state = :state");
            params.put("state", query.state().name());
        }
        if (!query.includeMerged() && query.state() != IssueState.DUPLICATE) {
            where.add("state <> 'DUPLICATE'");
        }
        boolean oldestFirst = query.scope() == IssueQuery.Scope.TRIAGE_QUEUE;
        Cursor after = Cursor.parse(query.cursor());
        if (after != null) {
            where.add("(reported_at, issue_id) " + (oldestFirst ? ">" : "<") + " (:after_time, :after_id)");
            params.put("after_time", time(after.reportedAt()));
            params.put("after_id", after.issueId());
        }
        String order = oldestFirst ? "reported_at, issue_id" : "reported_at DESC, issue_id DESC";
        params.put("limit", query.limit() + 1);
        List<Row> rows = jdbc.sql("SELECT * FROM issue WHERE " + String.join(" AND ", where)
                        + " ORDER BY " + order + " LIMIT :limit")
                .params(params)
                .query(JdbcIssues::row)
                .list();
        boolean more = rows.size() > query.limit();
        List<Row> page = more ? rows.subList(0, query.limit()) : rows;
        Map<String, List<ReturnRecord>> returns = returns(page.stream().map(Row::issueId).toList());
        List<Issue> issues = page.stream()
                .map(row -> row.toIssue(returns.getOrDefault(row.issueId(), List.of())))
                .toList();
        String next = more ? new Cursor(page.getLast().reportedAt(), page.getLast().issueId()).encode() : null;
        return new IssuePage(issues, next);
    }

    private Map<String, List<ReturnRecord>> returns(List<String> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ReturnRecord>> byIssue = new HashMap<>();
        jdbc.sql("""
                        SELECT issue_id, department, reason, returned_by, returned_at FROM issue_return
                        WHERE issue_id = ANY (:ids) ORDER BY issue_id, seq""")
                .param("ids", new SqlParameterValue(Types.ARRAY, issueIds.toArray(String[]::new)))
                .query((rs, n) -> {
                    byIssue.computeIfAbsent(rs.getString("issue_id"), id -> new ArrayList<>())
                            .add(new ReturnRecord(rs.getString("department"), rs.getString("reason"),
                                    rs.getString("returned_by"), instant(rs, "returned_at")));
                    return null;
                })
                .list();
        return byIssue;
    }

    // ---- mapping --------------------------------------------------------------------------------------------------

    private Map<String, SqlParameterValue> columns(Issue issue) {
        var c = new LinkedHashMap<String, SqlParameterValue>();
        c.put("issue_id", text(issue.id()));
        c.put("uscc", text(issue.enterprise().uscc()));
        c.put("region_code", text(issue.enterprise().regionCode()));
        c.put("cluster", text(issue.enterprise().cluster()));
        c.put("scale", text(issue.enterprise().scale()));
        c.put("title", text(issue.title()));
        c.put("description", text(issue.description()));
        c.put("category_hint", text(issue.categoryHint()));
        c.put("channel", text(issue.channel().name()));
        c.put("visit_id", text(issue.visitId()));
        c.put("reported_by", text(issue.reportedBy()));
        c.put("reported_at", time(issue.reportedAt()));
        c.put("state", text(issue.state().name()));
        Classification classification = issue.classification();
        c.put("category", text(classification == null ? null : classification.category()));
        c.put("classification_method", text(classification == null ? null : classification.method().name()));
        c.put("classification_reason", text(classification == null ? null : classification.reason()));
        RoutingDecision routing = issue.routing();
        c.put("lead_department", text(routing == null ? null : routing.leadDepartment()));
        c.put("co_departments", array(routing == null ? null : routing.coDepartments()));
        c.put("priority", text(routing == null ? null : routing.priority().name()));
        c.put("accept_due", date(routing == null ? null : routing.acceptDue()));
        c.put("resolve_due", date(routing == null ? null : routing.resolveDue()));
        c.put("deadlines_provisional", bool(routing == null ? null : routing.provisional()));
        c.put("decided_by", text(routing == null ? null : routing.decidedBy()));
        c.put("rule_id", text(routing == null ? null : routing.ruleId()));
        c.put("rule_version", new SqlParameterValue(Types.INTEGER, routing == null ? null : routing.ruleVersion()));
        c.put("routing_reason", text(routing == null ? null : routing.reason()));
        c.put("routed_at", time(routing == null ? null : routing.routedAt()));
        c.put("triage_reason", text(issue.triageReason()));
        DuplicateLink duplicate = issue.duplicate();
        c.put("duplicate_of", text(duplicate == null ? null : duplicate.originalIssueId()));
        c.put("duplicate_similarity", new SqlParameterValue(Types.DOUBLE,
                duplicate == null ? null : duplicate.similarity()));
        c.put("duplicate_status", text(duplicate == null ? null : duplicate.status().name()));
        c.put("duplicate_flagged_at", time(duplicate == null ? null : duplicate.flaggedAt()));
        c.put("duplicate_decided_by", text(duplicate == null ? null : duplicate.decidedBy()));
        c.put("duplicate_decided_at", time(duplicate == null ? null : duplicate.decidedAt()));
        c.put("rejection_reason", text(issue.rejectionReason()));
        TicketStatus ticket = issue.ticket();
        c.put("ticket_state", text(ticket == null ? null : ticket.state()));
        c.put("ticket_department", text(ticket == null ? null : ticket.department()));
        c.put("ticket_co_departments", array(ticket == null ? null : ticket.coDepartments()));
        c.put("ticket_light", text(ticket == null ? null : ticket.light()));
        c.put("ticket_accept_due", date(ticket == null ? null : ticket.acceptDue()));
        c.put("ticket_resolve_due", date(ticket == null ? null : ticket.resolveDue()));
        c.put("ticket_escalation_level", new SqlParameterValue(Types.INTEGER,
                ticket == null ? null : ticket.escalationLevel()));
        c.put("ticket_extended", bool(ticket == null ? null : ticket.extended()));
        c.put("ticket_outcome", text(ticket == null ? null : ticket.outcome()));
        c.put("ticket_version", new SqlParameterValue(Types.BIGINT, ticket == null ? null : ticket.version()));
        c.put("ticket_updated_at", time(ticket == null ? null : ticket.updatedAt()));
        c.put("current_department", text(issue.currentDepartment()));
        c.put("updated_at", time(clock.instant()));
        return c;
    }

    /** The columns of one row, before its returns are attached. */
    private record Row(String issueId, Instant reportedAt, Map<String, Object> values) {

        Issue toIssue(List<ReturnRecord> returns) {
            var enterprise = new Enterprise(s("uscc"), s("region_code"), s("cluster"), s("scale"));
            Classification classification = s("classification_method") == null ? null : new Classification(
                    s("category"), Classification.Method.valueOf(s("classification_method")),
                    s("classification_reason"), List.of());
            RoutingDecision routing = s("lead_department") == null ? null : new RoutingDecision(s("category"),
                    s("lead_department"), list("co_departments"), Priority.valueOf(s("priority")),
                    (LocalDate) values.get("accept_due"), (LocalDate) values.get("resolve_due"),
                    Boolean.TRUE.equals(values.get("deadlines_provisional")), s("decided_by"), s("rule_id"),
                    (Integer) values.get("rule_version"), s("routing_reason"), (Instant) values.get("routed_at"));
            DuplicateLink duplicate = s("duplicate_of") == null ? null : new DuplicateLink(s("duplicate_of"),
                    (Double) values.get("duplicate_similarity"), DuplicateLink.Status.valueOf(s("duplicate_status")),
                    (Instant) values.get("duplicate_flagged_at"), s("duplicate_decided_by"),
                    (Instant) values.get("duplicate_decided_at"));
            TicketStatus ticket = s("ticket_state") == null ? null : new TicketStatus(s("ticket_state"),
                    s("ticket_department"), list("ticket_co_departments"), s("ticket_light"),
                    (LocalDate) values.get("ticket_accept_due"), (LocalDate) values.get("ticket_resolve_due"),
                    values.get("ticket_escalation_level") == null ? 0 : (Integer) values.get("ticket_escalation_level"),
                    Boolean.TRUE.equals(values.get("ticket_extended")), s("ticket_outcome"),
                    (Long) values.get("ticket_version"), (Instant) values.get("ticket_updated_at"));
            return Issue.restore(issueId, enterprise, s("title"), s("description"), s("category_hint"),
                    Channel.valueOf(s("channel")), s("visit_id"), s("reported_by"), reportedAt,
                    IssueState.valueOf(s("state")), classification, routing, s("triage_reason"), duplicate,
                    s("rejection_reason"), returns, ticket, (Long) values.get("version"));
        }

        private String s(String column) {
            return (String) values.get(column);
        }

        @SuppressWarnings("unchecked")
        private List<String> list(String column) {
            Object value = values.get(column);
            return value == null ? List.of() : (List<String>) value;
        }
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        var values = new HashMap<String, Object>();
        for (String column : List.of("uscc", "region_code", "cluster", "scale", "title", "description",
                "category_hint", "channel", "visit_id", "reported_by", "state", "category", "classification_method",
                "classification_reason", "lead_department", "priority", "decided_by", "rule_id", "routing_reason",
                "triage_reason", "duplicate_of", "duplicate_status", "duplicate_decided_by", "rejection_reason",
                "ticket_state", "ticket_department", "ticket_light", "ticket_outcome")) {
            values.put(column, rs.getString(column));
        }
        for (String column : List.of("accept_due", "resolve_due", "ticket_accept_due", "ticket_resolve_due")) {
            values.put(column, rs.getObject(column, LocalDate.class));
        }
        for (String column : List.of("routed_at", "duplicate_flagged_at", "duplicate_decided_at",
                "ticket_updated_at")) {
            values.put(column, instant(rs, column));
        }
        values.put("co_departments", strings(rs.getArray("co_departments")));
        values.put("ticket_co_departments", strings(rs.getArray("ticket_co_departments")));
        values.put("deadlines_provisional", rs.getObject("deadlines_provisional", Boolean.class));
        values.put("ticket_extended", rs.getObject("ticket_extended", Boolean.class));
        values.put("rule_version", rs.getObject("rule_version", Integer.class));
        values.put("ticket_escalation_level", rs.getObject("ticket_escalation_level", Integer.class));
        values.put("ticket_version", rs.getObject("ticket_version", Long.class));
        values.put("duplicate_similarity", rs.getObject("duplicate_similarity", Double.class));
        values.put("version", rs.getLong("version"));
        return new Row(rs.getString("issue_id"), instant(rs, "reported_at"), values);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue date(LocalDate value) {
        return new SqlParameterValue(Types.DATE, value);
    }

    private static SqlParameterValue bool(Boolean value) {
        return new SqlParameterValue(Types.BOOLEAN, value);
    }

    private static SqlParameterValue array(List<String> value) {
        return new SqlParameterValue(Types.ARRAY, value == null ? null : value.toArray(String[]::new));
    }

    static SqlParameterValue time(Instant value) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    /** Where a page ended: the last issue's report time and id, opaque to clients. */
    private record Cursor(Instant reportedAt, String issueId) {

        String encode() {
            return Cursors.encode(reportedAt.truncatedTo(ChronoUnit.MICROS), issueId);
        }

        static Cursor parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            return Cursors.decode(cursor, 2, parts -> new Cursor(Cursors.instant(parts.get(0)), parts.get(1)));
        }
    }
}
