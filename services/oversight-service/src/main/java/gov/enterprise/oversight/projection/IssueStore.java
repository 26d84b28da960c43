package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.IssueRecord;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.persistence.TransactionScoped;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code issue} table of a generation: one row per issue, locked while a change is merged into it.
 *
 * <p>Inside a transaction the rows locked and the records saved are kept until it ends: a second change of the same
 * issue in the transaction (a listener's poll often holds several) finds its record without a round trip, and the
 * saved records are written once, just before the commit, all in one round trip. A listener's poll can lock all its
 * issues' rows at once beforehand ({@link #lockAll}). A rollback drops what was kept.
 */
@Repository
public class IssueStore {

    private static final String UPDATE_SET = IssueRow.COLUMNS.stream().skip(1)
            .map(column -> column.equals("steps") ? "steps = ?::jsonb" : column + " = ?")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final TransactionScoped<Kept> kept = new TransactionScoped<>(Kept::new, this::write);

    public IssueStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the rows of those of these issues that are stored, in one statement, in the order of their ids (the order
     * a poll applies them in, so two listeners' polls lock them in one order), and keeps them for the transaction.
     * Issues not stored yet are noted as such: {@link #lock} then inserts them without looking first. Outside a
     * transaction it does nothing.
     */
    public void lockAll(Generation generation, List<String> issueIds) {
        Optional<Kept> scoped = kept.current();
        if (scoped.isEmpty() || issueIds.isEmpty()) {
            return;
        }
        // "C": byte order, which for ids is the order of Java's String.compareTo the poll is applied in
        List<IssueRecord> locked = jdbc.query("select * from " + generation.table("issue")
                        + " where issue_id = any(?) order by issue_id collate \"C\" for update",
                (rs, row) -> IssueRow.read(rs), (Object) issueIds.toArray(String[]::new));
        Rows rows = scoped.get().of(generation);
        locked.forEach(record -> rows.records.put(record.stored().issueId(), record));
        issueIds.stream().filter(id -> !rows.records.containsKey(id)).forEach(rows.absent::add);
    }

    /**
     * The issue's record, its row locked until the transaction ends (created empty if it is new), so that two events
     * of one issue arriving on two topics at once are merged one after the other. No round trip for an issue the
     * transaction holds already, one for a known issue, two for a new one (one if {@link #lockAll} saw it missing); a
     * third only when another transaction created the row between the two.
     */
    public IssueRecord lock(Generation generation, String issueId) {
        Optional<Rows> rows = kept.current().map(scoped -> scoped.of(generation));
        IssueRecord held = rows.map(r -> r.records.get(issueId)).orElse(null);
        if (held != null) {
            return held;
        }
        boolean knownAbsent = rows.map(r -> r.absent.remove(issueId)).orElse(false);
        IssueRecord record = lockOne(generation, issueId, knownAbsent);
        rows.ifPresent(r -> r.records.put(issueId, record));
        return record;
    }

    private IssueRecord lockOne(Generation generation, String issueId, boolean knownAbsent) {
        String table = generation.table("issue");
        boolean look = !knownAbsent;
        while (true) {
            if (look) {
                var locked = jdbc.query("select * from " + table + " where issue_id = ? for update",
                        (rs, row) -> IssueRow.read(rs), issueId);
                if (!locked.isEmpty()) {
                    return locked.getFirst();
                }
            }
            // a row this transaction inserts is its own until it ends: as good as locked
            var created = jdbc.query("insert into " + table + " (issue_id, status) values (?, 'REPORTED')"
                    + " on conflict (issue_id) do nothing returning *", (rs, row) -> IssueRow.read(rs), issueId);
            if (!created.isEmpty()) {
                return created.getFirst();
            }
            look = true;
        }
    }

    /** Stores the record of an issue locked in this transaction; inside one, written just before it commits. */
    public void save(Generation generation, IssueRecord record, ZoneId zone) {
        Optional<Kept> scoped = kept.current();
        if (scoped.isEmpty()) {
            jdbc.update(updateSql(generation), parameters(record, zone));
            return;
        }
        Rows rows = scoped.get().of(generation);
        String issueId = record.stored().issueId();
        rows.records.put(issueId, record);
        rows.changed.put(issueId, record);
        rows.zone = zone;
    }

    private void write(Kept scoped) {
        scoped.byGeneration.values().forEach(rows -> {
            if (!rows.changed.isEmpty()) {
                // one round trip: the driver sends a batch's statements together
                jdbc.batchUpdate(updateSql(rows.generation), rows.changed.values().stream()
                        .map(record -> parameters(record, rows.zone)).toList());
            }
        });
    }

    private static String updateSql(Generation generation) {
        return "update " + generation.table("issue") + " set " + UPDATE_SET + " where issue_id = ?";
    }

    /** The record's values for the update: every column but the id, then the id. */
    private static Object[] parameters(IssueRecord record, ZoneId zone) {
        List<Object> values = IssueRow.values(record, zone);
        Object[] parameters = new Object[values.size()];
        for (int i = 1; i < values.size(); i++) {
            parameters[i - 1] = values.get(i);
        }
        parameters[values.size() - 1] = values.getFirst();
        return parameters;
    }

    /** What one transaction holds, per generation. */
    private static final class Kept {

        private final SortedMap<Integer, Rows> byGeneration = new TreeMap<>();

        Rows of(Generation generation) {
            return byGeneration.computeIfAbsent(generation.number(), number -> new Rows(generation));
        }
    }

    /** One generation's rows this transaction locked, those it knows are not stored, and those to write. */
    private static final class Rows {

        private final Generation generation;
        private final Map<String, IssueRecord> records = new HashMap<>();
        private final Set<String> absent = new HashSet<>();
        // in the order first saved: the rows are locked already, so the order of the updates matters to no one
        private final Map<String, IssueRecord> changed = new LinkedHashMap<>();
        private ZoneId zone;

        Rows(Generation generation) {
            this.generation = generation;
        }
    }
}
