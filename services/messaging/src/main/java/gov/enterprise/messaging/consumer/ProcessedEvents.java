package gov.enterprise.messaging.consumer;

import gov.enterprise.contracts.envelope.EventIds;
import gov.enterprise.messaging.MessagingSchema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of which events each consumer group has applied. Written in the transaction of the effect, so "applied"
 * and "recorded" commit or roll back together; the primary key makes a second delivery a no-op.
 */
public final class ProcessedEvents {

    private final JdbcTemplate jdbc;
    private final String table;

    public ProcessedEvents(DataSource dataSource, MessagingSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.table = schema.processedTable();
    }

    /** Records the event for the group; false if the group had already processed it. */
    public boolean firstDelivery(String consumer, UUID eventId, String topic) {
        return jdbc.update("insert into " + table + " (consumer, event_id, topic) values (?, ?, ?)"
                + " on conflict do nothing", consumer, eventId, topic) == 1;
    }

    /**
     * Records the events for the group in one statement; returns those the group had not processed yet. An id given
     * twice is recorded (and returned) once.
     */
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds, String topic) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.query(connection -> {
            var statement = connection.prepareStatement("insert into " + table + " (consumer, event_id, topic)"
                    + " select ?, id, ? from unnest(cast(? as uuid[])) as ids(id)"
                    + " on conflict do nothing returning event_id");
            statement.setString(1, consumer);
            statement.setString(2, topic);
            statement.setArray(3, connection.createArrayOf("uuid", eventIds.toArray()));
            return statement;
        }, (row, number) -> row.getObject(1, UUID.class)));
    }

    /** The consumer groups that have records, found through the key: one lookup per group, not a scan. */
    public List<String> consumers() {
        return jdbc.queryForList("with recursive groups(consumer) as ("
                + " (select consumer from " + table + " order by consumer limit 1)"
                + " union all select (select p.consumer from " + table + " p where p.consumer > groups.consumer"
                + " order by p.consumer limit 1) from groups where groups.consumer is not null)"
                + " select consumer from groups where consumer is not null", String.class);
    }

    /**
     * Deletes at most {@code limit} of the group's records of events that were both appended and applied before
     * {@code before}; returns how many. Event ids are time-ordered, so the old records are a range of the key, read
     * without an index on time. Both conditions must hold: an old event applied recently (after an offset reset,
     * after a long outage) keeps its record for the whole retention too.
     */
    public int forget(String consumer, Instant before, int limit) {
        return jdbc.update("delete from " + table + " where ctid = any(array(select ctid from " + table
                        + " where consumer = ? and event_id < ? and processed_at < ? limit ?))",
                consumer, EventIds.lowestAt(before), OffsetDateTime.ofInstant(before, ZoneOffset.UTC), limit);
    }

    public boolean contains(String consumer, UUID eventId) {
        Integer found = jdbc.queryForObject("select count(*) from " + table + " where consumer = ? and event_id = ?",
                Integer.class, consumer, eventId);
        return found != null && found > 0;
    }
}
