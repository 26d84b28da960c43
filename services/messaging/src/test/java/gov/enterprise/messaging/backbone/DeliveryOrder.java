package gov.enterprise.messaging.backbone;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the suite measures: per-key order inversions and duplicates, both on the broker (what consumers receive) and
 * in the consumer's effects (what the service did with it).
 */
record DeliveryOrder(int records, int distinctEvents, int resent, int inversions) {

    private static final Pattern STEP = Pattern.compile("\"step\"\\s*:\\s*(\\d+)");

    /**
     * Reads step records in topic order. A re-sent event (an id seen before) counts as {@code resent}; among first
     * deliveries, a step lower than the key's previous one is an inversion.
     */
    static DeliveryOrder onTopic(List<ConsumerRecord<String, byte[]>> records) {
        return onTopic(records, "");
    }

    /** The same, for the keys starting with {@code keyPrefix}. */
    static DeliveryOrder onTopic(List<ConsumerRecord<String, byte[]>> records, String keyPrefix) {
        Set<UUID> seen = new HashSet<>();
        Map<String, Long> lastStep = new HashMap<>();
        int resent = 0;
        int inversions = 0;
        int steps = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!"gov.enterprise.backbone.step.recorded.v1".equals(TopicLog.header(record, "ce_type"))
                    || record.key() == null || !record.key().startsWith(keyPrefix)) {
                continue;
            }
            steps++;
            if (!seen.add(TopicLog.eventId(record))) {
                resent++;
                continue;
            }
            Matcher step = STEP.matcher(new String(record.value(), StandardCharsets.UTF_8));
            if (!step.find()) {
                throw new IllegalStateException("no step in " + new String(record.value(), StandardCharsets.UTF_8));
            }
            long value = Long.parseLong(step.group(1));
            Long previous = lastStep.put(record.key(), value);
            if (previous != null && value < previous) {
                inversions++;
            }
        }
        return new DeliveryOrder(steps, seen.size(), resent, inversions);
    }

    /** Effects in the order the listener applied them. */
    static DeliveryOrder inEffects(JdbcTemplate jdbc) {
        return inEffects(jdbc, "");
    }

    /** The same, for the counters starting with {@code prefix}. */
    static DeliveryOrder inEffects(JdbcTemplate jdbc, String prefix) {
        List<Map<String, Object>> rows = jdbc.queryForList("select counter, step, event_id from applied_step"
                + " where counter like ? order by seq", prefix + "%");
        Set<Object> seen = new HashSet<>();
        Map<String, Long> lastStep = new HashMap<>();
        int duplicates = 0;
        int inversions = 0;
        for (Map<String, Object> row : rows) {
            if (!seen.add(row.get("event_id"))) {
                duplicates++;
            }
            long step = ((Number) row.get("step")).longValue();
            Long previous = lastStep.put((String) row.get("counter"), step);
            if (previous != null && step <= previous) {
                inversions++;
            }
        }
        return new DeliveryOrder(rows.size(), seen.size(), duplicates, inversions);
    }

    /** Counters whose applied steps are not exactly 1, 2, ..., n in order. */
    static List<String> countersWithGaps(JdbcTemplate jdbc) {
        return countersWithGaps(jdbc, "");
    }

    static List<String> countersWithGaps(JdbcTemplate jdbc, String prefix) {
        return jdbc.queryForList("select counter from (select counter, step,"
                + " row_number() over (partition by counter order by seq) as position from applied_step"
                + " where counter like ?) a where step <> position group by counter", String.class, prefix + "%");
    }
}
