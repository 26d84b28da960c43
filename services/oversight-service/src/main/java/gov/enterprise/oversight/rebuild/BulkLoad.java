package gov.enterprise.oversight.rebuild;

import gov.enterprise.oversight.figure.Cell;
import gov.enterprise.oversight.figure.Contribution;
import gov.enterprise.oversight.figure.Counter;
import gov.enterprise.oversight.figure.Counters;
import gov.enterprise.oversight.figure.DeltaKey;
import gov.enterprise.oversight.figure.IssueRecord;
import gov.enterprise.oversight.figure.VisitChange;
import gov.enterprise.oversight.projection.CubeStore;
import gov.enterprise.oversight.projection.IssueRow;
import gov.enterprise.oversight.projection.VisitStore;
import gov.enterprise.oversight.readmodel.Generation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes folded read models into an empty generation with PostgreSQL's COPY, the fastest way in: issue rows as they
 * are, their contributions into an unlogged staging table summed into the cube at the end, visits and enterprise
 * files as they are; the aggregates (changes by effective day, current cells by month, visits by month and previous
 * visit) are then summed in SQL by the functions the read-model migrations V2 and V3 fill an existing generation
 * with. Used only on a generation nothing else writes to yet.
 */
final class BulkLoad {

    private static final String STAGING = "issue_delta_staging";
    private static final int FLUSH_BYTES = 1 << 20;
    private static final String COUNTERS = Counters.ALL.stream().map(Counter::column)
            .collect(Collectors.joining(", "));
    private static final String SUMS = Counters.ALL.stream().map(c -> "sum(" + c.column() + ")")
            .collect(Collectors.joining(", "));
    private static final String NOT_ALL_ZERO = Counters.ALL.stream().map(c -> "sum(" + c.column() + ") <> 0")
            .collect(Collectors.joining(" or "));

    private static final Logger log = LoggerFactory.getLogger(BulkLoad.class);
    private static final List<String> ISSUE_QUERIED_COLUMNS = List.of("issue_id", "report_day", "reported_at",
            "uscc", "region", "cluster", "category", "department", "overdue", "overdue_due");

    private final DataSource dataSource;
    private final Generation generation;
    private final ZoneId zone;

    BulkLoad(DataSource dataSource, Generation generation, ZoneId zone) {
        this.dataSource = dataSource;
        this.generation = generation;
        this.zone = zone;
    }

    void begin() throws SQLException {
        execute("create unlogged table " + generation.table(STAGING) + " (like "
                + generation.table(CubeStore.DELTA_DAY) + " excluding constraints excluding indexes)");
    }

    /** Writes the issues' rows and stages their contributions (summed in memory within the batch first). */
    void issues(Collection<IssueRecord> issues) throws SQLException, IOException {
        var deltas = new HashMap<DeltaKey, Counters>();
        try (Connection connection = dataSource.getConnection()) {
            var rows = new Copy(connection, "copy " + generation.table("issue") + " ("
                    + String.join(", ", IssueRow.COLUMNS) + ") from stdin (format csv)");
            for (IssueRecord issue : issues) {
                rows.row(IssueRow.values(issue, zone));
                Contribution.addTo(deltas, Contribution.of(issue, zone));
            }
            rows.end();
            var staged = new Copy(connection, "copy " + generation.table(STAGING) + " (report_day, region, cluster,"
                    + " category, department, effective_day, " + COUNTERS + ") from stdin (format csv)");
            for (Map.Entry<DeltaKey, Counters> delta : deltas.entrySet()) {
                if (delta.getValue().isZero()) {
                    continue;
                }
                DeltaKey key = delta.getKey();
                Cell cell = key.cell();
                staged.cells(key.reportDay(), cell.region(), cell.cluster(), cell.category(), cell.department(),
                        key.effectiveDay());
                staged.counters(delta.getValue());
            }
            staged.end();
        }
    }

    /** Writes enterprise files, visits and the per-enterprise visit days with their previous day. */
    void visits(VisitFold fold) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            var enterprises = new Copy(connection, "copy " + generation.table("enterprise")
                    + " (uscc, name, region, cluster, facts_at) from stdin (format csv)");
            for (VisitFold.Filed filed : fold.enterprises()) {
                enterprises.row(List.of(filed.enterprise.uscc(), nullable(filed.name), filed.enterprise.region(),
                        filed.enterprise.cluster(), filed.factsAt.atOffset(ZoneOffset.UTC)));
            }
            enterprises.end();
            var visits = new Copy(connection, "copy " + generation.table("visit")
                    + " (visit_id, uscc, visit_day, visited_at, recorded_at) from stdin (format csv)");
            for (VisitChange.VisitRecorded visit : fold.visits()) {
                visits.row(List.of(visit.visitId(), visit.uscc(), LocalDate.ofInstant(visit.visitedAt(), zone),
                        visit.visitedAt().atOffset(ZoneOffset.UTC),
                        nullable(visit.recordedAt() == null ? null : visit.recordedAt().atOffset(ZoneOffset.UTC))));
            }
            visits.end();
            var days = new Copy(connection, "copy " + generation.table("enterprise_visit_day")
                    + " (uscc, visit_day, region, cluster, prev_day, visits) from stdin (format csv)");
            for (Map.Entry<String, TreeMap<LocalDate, VisitFold.Day>> enterprise : fold.days().entrySet()) {
                LocalDate previous = null;
                for (Map.Entry<LocalDate, VisitFold.Day> day : enterprise.getValue().entrySet()) {
                    days.row(List.of(enterprise.getKey(), day.getKey(), day.getValue().region,
                            day.getValue().cluster, nullable(previous), day.getValue().visits));
                    previous = day.getKey();
                }
            }
            days.end();
        }
    }

    /**
     * Sums the staged contributions into the cube tables, the visit days into the visit aggregates, and refreshes
     * the planner's statistics.
     */
    void finish() throws SQLException {
        String keys = "report_day, region, cluster, category, department, effective_day";
        execute("insert into " + generation.table(CubeStore.DELTA_DAY) + " (" + keys + ", " + COUNTERS + ")"
                + " select " + keys + ", " + SUMS + " from " + generation.table(STAGING)
                + " group by " + keys + " having " + NOT_ALL_ZERO);
        execute("drop table " + generation.table(STAGING));
        execute("insert into " + generation.table(CubeStore.DELTA_MONTH) + " (report_month, region, cluster,"
                + " category, department, effective_month, " + COUNTERS + ")"
                + " select date_trunc('month', report_day)::date, region, cluster, category, department,"
                + " date_trunc('month', effective_day)::date, " + SUMS + " from "
                + generation.table(CubeStore.DELTA_DAY) + " group by 1, 2, 3, 4, 5, 6 having " + NOT_ALL_ZERO);
        execute("insert into " + generation.table(CubeStore.CELL_DAY) + " (report_day, region, cluster, category,"
                + " department, " + COUNTERS + ")"
                + " select report_day, region, cluster, category, department, " + SUMS + " from "
                + generation.table(CubeStore.DELTA_DAY) + " group by 1, 2, 3, 4, 5 having " + NOT_ALL_ZERO);
        // the aggregates the read-model migrations V2 and V3 back-fill, with the same functions
        execute("select " + generation.table("fill_issue_delta_effective_day") + "()");
        execute("select " + generation.table("fill_issue_cell_month") + "()");
        execute("select " + generation.table("fill_visit_aggregates") + "()");
        // only the columns the read side filters, joins or sorts on (OverdueQueries, IssueStore): the others (titles,
        // the steps' JSON) were most of the bulk load's analyze time and steer no plan; autovacuum analyzes them later
        execute("analyze " + generation.table("issue") + " (" + String.join(", ", ISSUE_QUERIED_COLUMNS) + ")");
        for (String table : List.of(CubeStore.DELTA_DAY, CubeStore.DELTA_MONTH, CubeStore.CELL_DAY,
                CubeStore.DELTA_EFFECTIVE_DAY, CubeStore.CELL_MONTH, "enterprise", "visit", VisitStore.VISIT_DAY,
                VisitStore.VISIT_MONTH, VisitStore.VISIT_DAY_PREV_MONTH, VisitStore.VISIT_PREV_DAY_MONTH)) {
            execute("analyze " + generation.table(table));
        }
    }

    void abandon() {
        try {
            execute("drop table if exists " + generation.table(STAGING));
        } catch (SQLException ignored) {
            // the schema is dropped with the failed generation anyway
        }
    }

    private void execute(String sql) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        if (log.isDebugEnabled()) {
            log.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000,
                    sql.length() > 100 ? sql.substring(0, 100) + "..." : sql);
        }
    }

    /** A value written as SQL NULL (an unquoted empty field), as opposed to an empty string. */
    private static Object nullable(Object value) {
        return value == null ? Null.NULL : value;
    }

    private enum Null { NULL }

    /** One COPY ... FROM STDIN in CSV, written in chunks. */
    private static final class Copy {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);

        Copy(Connection connection, String sql) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        }

        void row(List<?> values) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                value(values.get(i));
            }
            endRow();
        }

        void cells(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                value(values[i]);
            }
        }

        void counters(Counters counters) throws SQLException {
            for (long value : counters.toArray()) {
                buffer.append(',').append(value);
            }
            endRow();
        }

        private void value(Object value) {
            if (value == null || value == Null.NULL) {
                return;
            }
            if (value instanceof String text) {
                buffer.append('"');
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        buffer.append('"');
                    }
                    buffer.append(c);
                }
                buffer.append('"');
            } else {
                buffer.append(value);
            }
        }

        private void endRow() throws SQLException {
            buffer.append('\n');
            if (buffer.length() >= FLUSH_BYTES) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void end() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
