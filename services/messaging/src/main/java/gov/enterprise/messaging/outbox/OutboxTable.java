package gov.enterprise.messaging.outbox;

import gov.enterprise.messaging.MessagingSchema;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of the outbox. Statements join whatever transaction is bound to the thread (the caller's for appends, the
 * relay's own for relaying).
 */
public final class OutboxTable {

    private final JdbcTemplate jdbc;
    private final String table;
    private final int lockSpace;

    public OutboxTable(DataSource dataSource, MessagingSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.table = schema.outboxTable();
        // Advisory locks are per database; keying them by the table keeps the relays of services sharing a database
        // (one schema each) out of each other's way.
        this.lockSpace = lockSpaceOf(table);
    }

    /** Backlog figures for the gauges. */
    public record Backlog(long events, double oldestAgeSeconds) {
        public static final Backlog EMPTY = new Backlog(0, 0);
    }

    void insert(UUID eventId, String topic, String key, String type, String source, String subject,
                Instant occurredAt, String payload, String traceParent, int lane) {
        jdbc.update("insert into " + table + " (event_id, topic, message_key, event_type, source, subject,"
                        + " occurred_at, payload, trace_parent, lane) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                eventId, topic, key, type, source, subject, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC),
                payload, traceParent, (short) lane);
    }

    /** Rows per statement of {@link #insertAll}: bounds the arrays a statement carries, whatever the caller hands in. */
    static final int ROWS_PER_INSERT = 1000;

    /** A row to insert: an event and everything the relay needs to send it. */
    record NewRow(UUID eventId, String topic, String key, String type, String source, String subject,
                  Instant occurredAt, String payload, String traceParent, int lane) {
    }

    /**
     * Inserts rows with one statement per {@value #ROWS_PER_INSERT}: each column goes as one array, and
     * {@code unnest ... with ordinality} turns them back into rows, sorted by position so that ids are drawn in
     * list order (the relay's order per key). Arrays rather than a JDBC batch: one round trip whatever the
     * driver's batch settings.
     */
    void insertAll(List<NewRow> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insertChunk(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
    }

    private void insertChunk(List<NewRow> rows) {
        int n = rows.size();
        var eventIds = new String[n];
        var topics = new String[n];
        var keys = new String[n];
        var types = new String[n];
        var sources = new String[n];
        var subjects = new String[n];
        var occurredAt = new String[n];
        var payloads = new String[n];
        var traceParents = new String[n];
        var lanes = new Integer[n];
        for (int i = 0; i < n; i++) {
            NewRow row = rows.get(i);
            eventIds[i] = row.eventId().toString();
            topics[i] = row.topic();
            keys[i] = row.key();
            types[i] = row.type();
            sources[i] = row.source();
            subjects[i] = row.subject();
            occurredAt[i] = row.occurredAt().toString();
            payloads[i] = row.payload();
            traceParents[i] = row.traceParent();
            lanes[i] = row.lane();
        }
        String sql = "insert into " + table + " (event_id, topic, message_key, event_type, source, subject,"
                + " occurred_at, payload, trace_parent, lane)"
                + " select cast(e as uuid), t, k, y, s, j, cast(o as timestamptz), p, r, cast(l as smallint)"
                + " from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),"
                + " cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),"
                + " cast(? as int[])) with ordinality as u(e, t, k, y, s, j, o, p, r, l, position)"
                + " order by position";
        int inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Object[][] columns = {eventIds, topics, keys, types, sources, subjects, occurredAt, payloads,
                        traceParents};
                for (int c = 0; c < columns.length; c++) {
                    statement.setArray(c + 1, connection.createArrayOf("text", columns[c]));
                }
                statement.setArray(columns.length + 1, connection.createArrayOf("int4", lanes));
                return statement.executeUpdate();
            }
        });
        if (inserted != n) {
            throw new IllegalStateException("outbox insert stored " + inserted + " of " + n + " events");
        }
    }

    /** Lanes that have rows waiting: one cheap index probe per lane instead of a transaction per lane. */
    List<Integer> busyLanes(int lanes) {
        return jdbc.queryForList("select l from generate_series(0, ?) l cross join lateral (select 1 from " + table
                + " o where o.lane = l limit 1) o", Integer.class, lanes - 1);
    }

    /**
     * Takes every one of these lanes that has rows waiting and no other relay, and returns the oldest rows of each (at
     * most {@code limit} a lane), in lane and id order, locked until the transaction ends. One statement for a whole
     * pass: the probe for busy lanes, their advisory locks (taken before any row is locked, and only on busy lanes;
     * released by commit or rollback, also when the holder's connection dies), their rows. The rows are read with a
     * snapshot taken a moment before the locks: a row another relay published (and so deleted) in that moment is
     * locked after its commit, so {@code for update} finds it gone and skips it.
     */
    Map<Integer, List<OutboxRow>> takeUnpublished(List<Integer> lanes, int limit) {
        planByIndex();
        var taken = new LinkedHashMap<Integer, List<OutboxRow>>();
        jdbc.query(takeStatement(),
                rs -> {
                    OutboxRow row = row(rs);
                    taken.computeIfAbsent(row.lane(), lane -> new ArrayList<>()).add(row);
                },
                lanes.toArray(Integer[]::new), lockSpace, limit);
        return taken;
    }

    /** The statement of {@link #takeUnpublished}: the lanes, the lock space, the rows a lane. */
    String takeStatement() {
        // "limit 1" keeps each lane's probe a descent of the key (an "exists" may become a join over the whole key)
        return "with busy as materialized (select l from unnest(cast(? as int[])) l cross join lateral"
                + " (select 1 from " + table + " b where b.lane = l limit 1) b),"
                + " taken as materialized (select l from busy where pg_try_advisory_xact_lock(?, l))"
                + " select taken.l as lane, o.* from taken cross join lateral (select o.id, o.event_id,"
                + " o.topic, o.message_key, o.event_type, o.source, o.subject, o.occurred_at, o.payload,"
                + " o.trace_parent from " + table + " o where o.lane = taken.l"
                + " order by o.id limit ? for update) o order by taken.l, o.id";
    }

    /**
     * Makes the rest of the transaction read the outbox through its key, {@code (lane, id)}. The outbox is a queue: a
     * few rows wait, and between two vacuums thousands of deleted ones still take up its pages. The planner sizes the
     * table by statistics that may have been taken when it was nearly empty or at the top of a burst, and chose from
     * one pass to the next a scan of the whole table for each lane, or a bitmap of all of a lane's index entries
     * followed by a sort; both read every dead row again on every pass (1,100 pages a pass were seen). A scan of the
     * key reads a lane in id order and stops at the batch's last row, and it marks the dead entries it steps over, so
     * that the next pass skips them without reading the table.
     */
    void planByIndex() {
        jdbc.execute("select set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true)");
    }

    /** The broker acknowledged these rows' events: they leave the outbox when the relay's transaction commits. */
    void removePublished(List<OutboxRow> rows) {
        Integer[] lanes = rows.stream().map(OutboxRow::lane).toArray(Integer[]::new);
        Long[] ids = rows.stream().map(OutboxRow::id).toArray(Long[]::new);
        // by the whole key, so that the delete too finds each row through the one index
        jdbc.update("delete from " + table + " o using unnest(cast(? as smallint[]), cast(? as bigint[]))"
                + " as published(lane, id) where o.lane = published.lane and o.id = published.id", lanes, ids);
    }

    public Backlog backlog() {
        return jdbc.queryForObject("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
                        + " from " + table,
                (rs, n) -> new Backlog(rs.getLong(1), rs.getDouble(2)));
    }

    private static OutboxRow row(ResultSet rs) throws SQLException {
        return new OutboxRow(rs.getInt("lane"), rs.getLong("id"), rs.getObject("event_id", UUID.class),
                rs.getString("topic"), rs.getString("message_key"), rs.getString("event_type"),
                rs.getString("source"), rs.getString("subject"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("payload"),
                rs.getString("trace_parent"));
    }

    private static int lockSpaceOf(String table) {
        // FNV-1a over the UTF-8 name: stable across JVMs, so every instance of a service agrees on it
        int hash = 0x811c9dc5;
        for (byte b : table.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }
}
