package gov.enterprise.visit.visit.store;

import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.enterprise.store.JdbcEnterprises;
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
        int count = visit.issues().size();
        var issueIds = new String[count];
        var titles = new String[count];
        var descriptions = new String[count];
        var hints = new String[count];
        for (int i = 0; i < count; i++) {
            RaisedIssue issue = visit.issues().get(i);
            issueIds[i] = issue.issueId().toString();
            titles[i] = issue.title();
            descriptions[i] = issue.description();
            hints[i] = issue.categoryHint();
        }
        // one snapshot for the three writes: the issues and the count happen only if the visit row was inserted
        return jdbc.sql("""
                        WITH stored AS (
                            INSERT INTO visit (visit_id, uscc, cadre_id, visited_at, mode, summary, recorded_at,
                                               fingerprint)
                            SELECT :visitId, p.uscc, p.cadre_id, :visitedAt, :mode, :summary, :recordedAt, :fingerprint
                            FROM pairing p WHERE p.cadre_id = :cadreId AND p.uscc = :uscc
                            ON CONFLICT (visit_id) DO NOTHING
                            RETURNING visit_id),
                        raised AS (
                            INSERT INTO raised_issue (issue_id, visit_id, position, title, description, category_hint)
                            SELECT i.issue_id, s.visit_id, i.position - 1, i.title, i.description, i.category_hint
                            FROM stored s, unnest(cast(:issueIds AS uuid[]), cast(:titles AS text[]),
                                                  cast(:descriptions AS text[]), cast(:hints AS text[]))
                                 WITH ORDINALITY AS i (issue_id, title, description, category_hint, position)
                            -- an id intake already gave to an issue reported some other way is taken too
                            WHERE NOT EXISTS (SELECT 1 FROM enterprise_issue e WHERE e.issue_id = i.issue_id::text)
                            ON CONFLICT (issue_id) DO NOTHING
                            RETURNING issue_id),
                        counted AS (
                            UPDATE enterprise SET visit_count = visit_count + 1,
                                last_visited_at = greatest(last_visited_at, :visitedAt)
                            WHERE uscc = :uscc AND EXISTS (SELECT 1 FROM stored)
                            RETURNING *)
                        SELECT (SELECT count(*) FROM stored) AS stored, (SELECT count(*) FROM raised) AS raised, c.*
                        FROM (SELECT 1) AS one LEFT JOIN counted c ON true""")
                .param("visitId", visit.visitId())
                .param("visitedAt", Timestamp.from(visit.visitedAt()))
                .param("mode", visit.mode().name())
                .param("summary", visit.summary())
                .param("recordedAt", Timestamp.from(visit.recordedAt()))
                .param("fingerprint", visit.fingerprint())
                .param("cadreId", visit.cadreId())
                .param("uscc", visit.uscc().value())
                .param("issueIds", issueIds)
                .param("titles", titles)
                .param("descriptions", descriptions)
                .param("hints", hints)
                .query((rs, row) -> outcome(rs, row, count))
                .single();
    }

    private static Insert outcome(ResultSet rs, int row, int issues) throws SQLException {
        if (rs.getInt("stored") == 0) {
            return new Insert.NotStored();
        }
        if (rs.getInt("raised") < issues) {
            return new Insert.IssueIdTaken();
        }
        // a pairing names a registered enterprise: the update found its row
        return new Insert.Stored(JdbcEnterprises.enterprise(rs, row));
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
