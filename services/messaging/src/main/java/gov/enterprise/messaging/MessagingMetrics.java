package gov.enterprise.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The backbone's counters, one name per outcome of an event, tagged by event type and logical topic. Gauges of the
 * outbox backlog live with the housekeeping that computes them.
 */
public final class MessagingMetrics {

    public static final String PUBLISHED = "messaging.events.published";
    public static final String CONSUMED = "messaging.events.consumed";
    public static final String DUPLICATES = "messaging.events.duplicates";
    public static final String IGNORED = "messaging.events.ignored";
    public static final String DEAD_LETTERED = "messaging.events.dead.lettered";
    public static final String BACKLOG = "messaging.outbox.backlog";
    public static final String OLDEST_AGE = "messaging.outbox.oldest.age";
    public static final String RELAYED_BATCH = "messaging.outbox.relayed.batch";
    public static final String FORGOTTEN = "messaging.processed.forgotten";

    /** Tag value when a record's type cannot be trusted (not in the catalogue), to keep tag cardinality bounded. */
    public static final String UNKNOWN_TYPE = "unknown";

    private final MeterRegistry registry;

    public MessagingMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void published(String eventType, String topic, int count) {
        counter(PUBLISHED, "events relayed from the outbox and acknowledged by the broker", eventType, topic)
                .increment(count);
    }

    /** One transaction of the relay: how many events it sent together. */
    public void relayedBatch(int events) {
        DistributionSummary.builder(RELAYED_BATCH)
                .description("events sent per transaction of the outbox relay")
                .baseUnit("events")
                .register(registry)
                .record(events);
    }

    public void consumed(String eventType, String topic) {
        counter(CONSUMED, "events applied by a listener, once per consumer group", eventType, topic).increment();
    }

    public void duplicate(String eventType, String topic) {
        counter(DUPLICATES, "redelivered events recognised by id and skipped", eventType, topic).increment();
    }

    public void ignored(String eventType, String topic) {
        counter(IGNORED, "known events a listener has no handler for, acknowledged and skipped", eventType, topic)
                .increment();
    }

    public void deadLettered(String eventType, String topic) {
        counter(DEAD_LETTERED, "records parked on the dead-letter topic", eventType, topic).increment();
    }

    /** Records of applied events deleted once older than the retention, per consumer group. */
    public void forgotten(String consumer, int count) {
        Counter.builder(FORGOTTEN)
                .description("records of applied events deleted once older than the retention")
                .tag("consumer", consumer)
                .register(registry)
                .increment(count);
    }

    private Counter counter(String name, String description, String eventType, String topic) {
        return Counter.builder(name)
                .description(description)
                .tag("event_type", eventType)
                .tag("topic", topic)
                .register(registry);
    }
}
