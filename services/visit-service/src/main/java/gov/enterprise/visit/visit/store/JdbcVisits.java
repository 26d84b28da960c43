package gov.enterprise.visit.visit.store;

import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.visit.Mode;
import gov.enterprise.visit.visit.RaisedIssue;
import gov.enterprise.visit.visit.Visit;
import gov.enterprise.visit.visit.Visits;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Visits in table {@code visit}, their issues in {@code raised_issue}. */
public class JdbcVisits implements Visits {

    private static final String COLUMNS =
            "v.visit_id, v.uscc, v.cadre_id, v.visited_at, v.mode, v.summary, v.recorded_at, v.fingerprint";

    private final JdbcClient jdbc;

    public JdbcVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Visit> find(UUID visitId) {
        return withIssues(jdbc.sql("SELECT " + COLUMNS + " FROM visit v WHERE v.visit_id = ?")
                .param(visitId).query(JdbcVisits::visit).list()).stream().findFirst();
    }

    @Override
    public Insert insertIfPaired(Visit visit) {
        int stored = jdbc.sql("""
                        INSERT INTO visit (visit_id, uscc, cadre_id, visited_at, mode, summary, recorded_at, fingerprint)
                        SELECT ?, p.uscc, p.cadre_id, ?, ?, ?, ?, ? FROM pairing p WHERE p.cadre_id = ? AND p.uscc = ?
                        ON CONFLICT (visit_id) DO NOTHING""")
                .params(visit.visitId(), Timestamp.from(visit.visitedAt()), visit.mode().name(), visit.summary(),
                        Timestamp.from(visit.recordedAt()), visit.fingerprint(), visit.cadreId(), visit.uscc().value())
                .update();
        if (stored == 0) {
            return Insert.NOT_STORED;
        }
        for (int i = 0; i < visit.issues().size(); i++) {
            RaisedIssue issue = visit.issues().get(i);
            int raised = jdbc.sql("""
                            INSERT INTO raised_issue (issue_id, visit_id, position, title, description, category_hint)
                            VALUES (?, ?, ?, ?, ?, ?)
                            ON CONFLICT (issue_id) DO NOTHING""")
                    .params(issue.issueId(), visit.visitId(), i, issue.title(), issue.description(),
                            issue.categoryHint())
                    .update();
            if (raised == 0) {
                return Insert.ISSUE_ID_TAKEN;
            }
        }
        return Insert.STORED;
    }

    @Override
    public List<Visit> byCadre(String cadreId, PageKey after, int limit) {
        if (after == null) {
            return withIssues(jdbc.sql("SELECT " + COLUMNS + """
                             FROM visit v WHERE v.cadre_id = ?
                            ORDER BY v.visited_at DESC, v.visit_id DESC LIMIT ?""")
                    .params(cadreId, limit).query(JdbcVisits::visit).list());
        }
        return withIssues(jdbc.sql("SELECT " + COLUMNS + """
                         FROM visit v WHERE v.cadre_id = ? AND (v.visited_at, v.visit_id) < (?, ?)
                        ORDER BY v.visited_at DESC, v.visit_id DESC LIMIT ?""")
                .params(cadreId, Timestamp.from(after.visitedAt()), after.visitId(), limit)
                .query(JdbcVisits::visit).list());
    }

    @Override
    public List<Visit> byEnterprise(Uscc uscc, int limit) {
        return withIssues(jdbc.sql("SELECT " + COLUMNS + """
                         FROM visit v WHERE v.uscc = ?
                        ORDER BY v.visited_at DESC, v.visit_id DESC LIMIT ?""")
                .params(uscc.value(), limit).query(JdbcVisits::visit).list());
    }

    @Override
    public long countByEnterprise(Uscc uscc) {
        return jdbc.sql("SELECT visit_count FROM enterprise WHERE uscc = ?").param(uscc.value())
                .query(Long.class).optional().orElse(0L);
    }

    @Override
    public Map<Uscc, Instant> lastVisitsBy(String cadreId) {
        var last = new HashMap<Uscc, Instant>();
        jdbc.sql("SELECT uscc, max(visited_at) AS last FROM visit WHERE cadre_id = ? GROUP BY uscc")
                .param(cadreId)
                .query((rs, row) -> last.put(new Uscc(rs.getString("uscc")), rs.getTimestamp("last").toInstant()))
                .list();
        return last;
    }

    /** The visits with their issues, read in one query for all of them. */
    private List<Visit> withIssues(List<Visit> visits) {
        if (visits.isEmpty()) {
            return visits;
        }
        var issues = new LinkedHashMap<UUID, List<RaisedIssue>>();
        jdbc.sql("""
                        SELECT visit_id, issue_id, title, description, category_hint FROM raised_issue
                        WHERE visit_id = ANY (CAST(? AS uuid[])) ORDER BY visit_id, position""")
                .param(visits.stream().map(visit -> visit.visitId().toString()).toArray(String[]::new))
                .query((rs, row) -> issues.computeIfAbsent(rs.getObject("visit_id", UUID.class),
                        id -> new ArrayList<>()).add(new RaisedIssue(rs.getObject("issue_id", UUID.class),
                        rs.getString("title"), rs.getString("description"), rs.getString("category_hint"))))
                .list();
        return visits.stream()
                .map(visit -> new Visit(visit.visitId(), visit.uscc(), visit.cadreId(), visit.visitedAt(),
                        visit.mode(), visit.summary(), issues.getOrDefault(visit.visitId(), List.of()),
                        visit.recordedAt(), visit.fingerprint()))
                .toList();
    }

    private static Visit visit(ResultSet rs, int row) throws SQLException {
        return new Visit(rs.getObject("visit_id", UUID.class), new Uscc(rs.getString("uscc")),
                rs.getString("cadre_id"), rs.getTimestamp("visited_at").toInstant(), Mode.valueOf(rs.getString("mode")),
                rs.getString("summary"), List.of(), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("fingerprint"));
    }
}
