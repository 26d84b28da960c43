package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.IssueRecord;
import gov.enterprise.oversight.readmodel.Generation;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code issue} table of a generation: one row per issue, locked while a change is merged into it. */
@Repository
public class IssueStore {

    private static final String UPDATE_SET = IssueRow.COLUMNS.stream().skip(1)
            .map(column -> column.equals("steps") ? "steps = ?::jsonb" : column + " = ?")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    public IssueStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The issue's record, its row locked until the transaction ends (created empty if it is new), so that two events
     * of one issue arriving on two topics at once are merged one after the other. One round trip for a known issue,
     * two for a new one; a third only when another transaction created the row between the two.
     */
    public IssueRecord lock(Generation generation, String issueId) {
        String table = generation.table("issue");
        while (true) {
            var locked = jdbc.query("select * from " + table + " where issue_id = ? for update",
                    (rs, row) -> IssueRow.read(rs), issueId);
            if (!locked.isEmpty()) {
                return locked.getFirst();
            }
            // a row this transaction inserts is its own until it ends: as good as locked
            var created = jdbc.query("insert into " + table + " (issue_id, status) values (?, 'REPORTED')"
                    + " on conflict (issue_id) do nothing returning *", (rs, row) -> IssueRow.read(rs), issueId);
            if (!created.isEmpty()) {
                return created.getFirst();
            }
        }
    }

    public void save(Generation generation, IssueRecord record, ZoneId zone) {
        List<Object> values = IssueRow.values(record, zone);
        Object[] parameters = new Object[values.size()];
        for (int i = 1; i < values.size(); i++) {
            parameters[i - 1] = values.get(i);
        }
        parameters[values.size() - 1] = values.getFirst();
        jdbc.update("update " + generation.table("issue") + " set " + UPDATE_SET + " where issue_id = ?", parameters);
    }
}
