package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.Enterprise;
import gov.enterprise.oversight.figure.VisitChange;
import gov.enterprise.oversight.figure.VisitDay;
import gov.enterprise.oversight.figure.VisitSums;
import gov.enterprise.oversight.readmodel.Generation;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Visits and enterprise files of a generation: the visits, the enterprises' visit days with their previous visit
 * day, and the aggregates summed from those days (docs/metrics.md), changed together.
 */
@Repository
public class VisitStore {

    public static final String VISIT_DAY = "enterprise_visit_day";
    public static final String VISIT_MONTH = "visit_month";
    public static final String VISIT_DAY_PREV_MONTH = "visit_day_prev_month";
    public static final String VISIT_PREV_DAY_MONTH = "visit_prev_day_month";

    private static final String VISIT_DAY_COLUMNS = "visit_day, prev_day, region, cluster, visits";

    private final JdbcTemplate jdbc;
    // the visit's statement per schema: the same text for every visit of a generation
    private final Map<String, String> countSqlBySchema = new ConcurrentHashMap<>();
    private final SummedUntilCommit<VisitSums> pending = new SummedUntilCommit<>(VisitSums::plus, this::write);

    public VisitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the enterprise's facts if they are newer than the ones held, and locks its row: the visits of one
     * enterprise are then counted one after the other.
     */
    public void fileEnterprise(Generation generation, Enterprise enterprise, String name, Instant at) {
        String table = generation.table("enterprise");
        jdbc.update("insert into " + table + " as e (uscc, name, region, cluster, facts_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (uscc) do update set"
                        + " name = coalesce(excluded.name, e.name),"
                        + " region = case when excluded.facts_at >= e.facts_at"
                        + " then excluded.region else e.region end,"
                        + " cluster = case when excluded.facts_at >= e.facts_at"
                        + " then excluded.cluster else e.cluster end,"
                        + " facts_at = greatest(excluded.facts_at, e.facts_at)",
                enterprise.uscc(), name, enterprise.region(), enterprise.cluster(), utc(at));
    }

    /**
     * Records a visit once: false when it was known already (a redelivery). Two round trips: the enterprise's row
     * (its lock), then one statement that inserts the visit and counts it on its visit day, adding the day if it is
     * new. The aggregates' change is kept for the transaction and written once, just before it commits.
     */
    public boolean record(Generation generation, VisitChange.VisitRecorded visit, LocalDate day) {
        Enterprise enterprise = visit.enterprise();
        fileEnterprise(generation, enterprise, null, visit.recordedAt() == null ? visit.visitedAt()
                : visit.recordedAt());
        String sql = countSqlBySchema.computeIfAbsent(generation.schema(), schema -> countSql(generation));
        List<Counted> rows = jdbc.query(sql, Counted::read, visit.visitId(), enterprise.uscc(), day,
                utc(visit.visitedAt()), utc(visit.recordedAt()), enterprise.region(), enterprise.cluster());
        if (rows.stream().noneMatch(row -> row.kind().equals("visit"))) {
            return false;
        }
        // the next visit day's previous day was the added day's previous day
        LocalDate addedPrevious = rows.stream().filter(row -> row.kind().equals("added"))
                .map(row -> row.day().previous()).filter(Objects::nonNull).findFirst().orElse(null);
        var removed = new ArrayList<VisitDay>();
        var now = new ArrayList<VisitDay>();
        for (Counted row : rows) {
            switch (row.kind()) {
                case "visit" -> {
                }
                case "again" -> {
                    removed.add(row.day().withVisits(row.day().visits() - 1));
                    now.add(row.day());
                }
                case "added" -> now.add(row.day());
                case "next" -> {
                    removed.add(row.day().withPrevious(addedPrevious));
                    now.add(row.day());
                }
                default -> throw new IllegalStateException("unexpected row " + row.kind());
            }
        }
        add(generation, VisitSums.difference(removed, now));
        return true;
    }

    /**
     * Inserts the visit (nothing if its id is known) and, for a new visit, adds one visit to its day or, if the
     * enterprise has no row for that day, inserts the day after its previous visit day and makes it the previous day
     * of the next one. Every part reads the statement's one snapshot: the enterprise's row, locked before, keeps
     * other transactions from changing its days in between. Answers a row per change, tagged.
     */
    private static String countSql(Generation generation) {
        String visits = generation.table("visit");
        String days = generation.table(VISIT_DAY);
        return "with v as (insert into " + visits + " (visit_id, uscc, visit_day, visited_at, recorded_at)"
                + " values (?, ?, ?, ?, ?) on conflict (visit_id) do nothing returning uscc, visit_day),"
                + " again as (update " + days + " d set visits = d.visits + 1 from v"
                + " where d.uscc = v.uscc and d.visit_day = v.visit_day returning " + prefixed("d") + "),"
                + " added as (insert into " + days + " (uscc, visit_day, region, cluster, prev_day, visits)"
                + " select v.uscc, v.visit_day, ?, ?, (select max(p.visit_day) from " + days + " p"
                + " where p.uscc = v.uscc and p.visit_day < v.visit_day), 1 from v where not exists (select 1 from "
                + days + " x where x.uscc = v.uscc and x.visit_day = v.visit_day) returning uscc, "
                + VISIT_DAY_COLUMNS + "),"
                + " next as (update " + days + " n set prev_day = a.visit_day from added a where n.uscc = a.uscc"
                + " and n.visit_day = (select min(f.visit_day) from " + days + " f where f.uscc = a.uscc"
                + " and f.visit_day > a.visit_day) returning " + prefixed("n") + ")"
                + " select 'visit' as kind, v.visit_day, null::date as prev_day, null as region, null as cluster,"
                + " 0 as visits from v"
                + " union all select 'again', " + VISIT_DAY_COLUMNS + " from again"
                + " union all select 'added', " + VISIT_DAY_COLUMNS + " from added"
                + " union all select 'next', " + VISIT_DAY_COLUMNS + " from next";
    }

    private static String prefixed(String alias) {
        return alias + "." + VISIT_DAY_COLUMNS.replace(", ", ", " + alias + ".");
    }

    /** A row of {@link #countSql}: which change, and the visit day after it (none for "visit"). */
    private record Counted(String kind, VisitDay day) {

        static Counted read(ResultSet rs, int row) throws SQLException {
            String kind = rs.getString("kind");
            return new Counted(kind, kind.equals("visit") ? null : visitDay(rs, row));
        }
    }

    /** Adds the aggregates' change to the transaction's, or writes it at once outside a transaction. */
    private void add(Generation generation, VisitSums sums) {
        if (sums.isEmpty()) {
            return;
        }
        pending.add(generation, sums);
    }

    /**
     * Adds to the visit aggregates, in one round trip: table after table in a fixed order and each in key order, so
     * that two transactions meet their rows in one order and cannot deadlock.
     */
    private void write(Generation generation, VisitSums sums) {
        var upserts = new ArrayList<Upsert>(3);
        upserts.add(new Upsert(generation.table(VISIT_MONTH), "visit_month, region, cluster, prev_month", true,
                sums.byMonth()));
        upserts.add(new Upsert(generation.table(VISIT_DAY_PREV_MONTH), "visit_day, region, cluster, prev_month", true,
                sums.byDay()));
        upserts.add(new Upsert(generation.table(VISIT_PREV_DAY_MONTH), "prev_day, region, cluster, visit_month",
                false, sums.byPreviousDay()));
        upserts.removeIf(upsert -> upsert.rows().isEmpty());
        StatementsTogether.run(jdbc, upserts);
    }

    /** One aggregate's rows as arrays, one per column, unnested by the statement: the same text whatever the count. */
    private record Upsert(String table, String keys, boolean withVisits, Map<VisitSums.Key, VisitSums.Sum> rows)
            implements StatementsTogether.Part {

        @Override
        public String sql() {
            // no previous visit is filed under '-infinity' (V2__aggregates.sql)
            return "insert into " + table + " as t (" + keys + ", days" + (withVisits ? ", visits" : "") + ")"
                    + " select time, region, cluster, coalesce(other, '-infinity'::date), days"
                    + (withVisits ? ", visits" : "")
                    + " from unnest(cast(? as date[]), cast(? as text[]), cast(? as text[]), cast(? as date[]),"
                    + " cast(? as int[])" + (withVisits ? ", cast(? as int[])" : "")
                    + ") as r(time, region, cluster, other, days" + (withVisits ? ", visits" : "") + ")"
                    + " on conflict (" + keys + ") do update set days = t.days + excluded.days"
                    + (withVisits ? ", visits = t.visits + excluded.visits" : "");
        }

        @Override
        public int bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
            var keys = List.copyOf(rows.keySet());
            var sums = keys.stream().map(rows::get).toList();
            int index = first;
            statement.setArray(index++, connection.createArrayOf("date",
                    keys.stream().map(key -> Date.valueOf(key.time())).toArray()));
            statement.setArray(index++, connection.createArrayOf("text",
                    keys.stream().map(VisitSums.Key::region).toArray()));
            statement.setArray(index++, connection.createArrayOf("text",
                    keys.stream().map(VisitSums.Key::cluster).toArray()));
            statement.setArray(index++, connection.createArrayOf("date",
                    keys.stream().map(key -> key.other() == null ? null : Date.valueOf(key.other())).toArray()));
            statement.setArray(index++, connection.createArrayOf("int4",
                    sums.stream().map(VisitSums.Sum::days).toArray()));
            if (withVisits) {
                statement.setArray(index++, connection.createArrayOf("int4",
                        sums.stream().map(VisitSums.Sum::visits).toArray()));
            }
            return index;
        }
    }

    private static VisitDay visitDay(ResultSet rs, int row) throws SQLException {
        return new VisitDay(rs.getObject("visit_day", LocalDate.class), rs.getObject("prev_day", LocalDate.class),
                rs.getString("region"), rs.getString("cluster"), rs.getInt("visits"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
