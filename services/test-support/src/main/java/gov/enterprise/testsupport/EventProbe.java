package gov.enterprise.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.envelope.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from its beginning, as an outside observer: no consumer group, no commits, only committed
 * records. Everything read is kept, so an await also finds records that arrived before it was called.
 *
 * <p>The probe reads only while one of its methods runs (in the test's thread). It never creates the topic: until
 * someone publishes to it, awaits simply find nothing. Get one from {@link TestEnvironment#probe(String)}, which
 * closes it with the test class's context.
 *
 * <p>Records are raw ({@code ConsumerRecord<String, byte[]>}), so malformed ones can be inspected too; the
 * {@code awaitEvent} methods and {@link #decode} read them as {@link EventEnvelope}s with the system's codec.
 */
public final class EventProbe implements AutoCloseable {

    /** Long enough for a loaded 2-core CI machine, short enough to fail a broken test in reasonable time. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration PARTITION_REFRESH = Duration.ofMillis(500);

    private final String topic;
    private final CloudEventsBinding binding;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
    /** Positions in {@link #received} that an await has returned to the test. */
    private final BitSet claimed = new BitSet();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private final Map<ConsumerRecord<String, byte[]>, Object> decodedRecords = new IdentityHashMap<>();
    private long nextPartitionRefresh;

    EventProbe(String bootstrapServers, String topic, CloudEventsBinding binding) {
        this.topic = topic;
        this.binding = binding;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "probe-" + topic,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The full (prefixed) topic name. */
    public String topic() {
        return topic;
    }

    /** The first record matching {@code match}, waiting up to {@link #DEFAULT_TIMEOUT}. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> match) {
        return await(match, DEFAULT_TIMEOUT);
    }

    /** The first record matching {@code match}; fails if none arrives within {@code timeout}. */
    public ConsumerRecord<String, byte[]> await(Predicate<ConsumerRecord<String, byte[]>> match, Duration timeout) {
        return await(1, match, timeout).getFirst();
    }

    /**
     * The first {@code count} records matching {@code match}, in the order read (which is the publishing order per
     * partition, so per key); fails if fewer arrive within {@code timeout}.
     */
    public List<ConsumerRecord<String, byte[]>> await(int count, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Integer> positions = positionsMatching(match, count);
            if (positions.size() == count) {
                positions.forEach(claimed::set);
                return positions.stream().map(received::get).toList();
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("Expected %d matching record(s) on %s within %s, found %d among %d read: %s"
                        .formatted(count, topic, timeout, positions.size(), received.size(), describe(received)));
            }
            readFor(POLL);
        }
    }

    /** The first event of type {@code payloadType} matching {@code match}, waiting up to {@link #DEFAULT_TIMEOUT}. */
    public <T extends Record> EventEnvelope<T> awaitEvent(Class<T> payloadType, Predicate<EventEnvelope<T>> match) {
        return awaitEvent(payloadType, match, DEFAULT_TIMEOUT);
    }

    /**
     * The first event of type {@code payloadType} (by its {@code ce_type}) matching {@code match}. Records that
     * cannot be decoded never match; they stay visible to the raw awaits.
     */
    public <T extends Record> EventEnvelope<T> awaitEvent(Class<T> payloadType, Predicate<EventEnvelope<T>> match,
            Duration timeout) {
        return awaitEvents(1, payloadType, match, timeout).getFirst();
    }

    /** The first {@code count} events of type {@code payloadType} matching {@code match}, in the order read. */
    public <T extends Record> List<EventEnvelope<T>> awaitEvents(int count, Class<T> payloadType,
            Predicate<EventEnvelope<T>> match, Duration timeout) {
        EventType<T> type = binding.catalog().forPayload(payloadType).orElseThrow(() -> new IllegalArgumentException(
                payloadType.getName() + " is not in this probe's event catalog; for test-only types use "
                        + "TestEnvironment.probe(topicName, new CloudEventsBinding(EventCatalog.standard().with(..)))"));
        return await(count, record -> type.name().equals(header(record, CloudEventsBinding.TYPE))
                && eventOf(payloadType, record).filter(match).isPresent(), timeout)
                .stream()
                .map(record -> eventOf(payloadType, record).orElseThrow())
                .toList();
    }

    /** Reads a record with the system's codec; throws {@link MalformedEventException} saying what is wrong. */
    public EventEnvelope<?> decode(ConsumerRecord<String, byte[]> record) {
        Object decoded = decoded(record);
        if (decoded instanceof MalformedEventException malformed) {
            throw new MalformedEventException(malformed.getMessage(), malformed);
        }
        return (EventEnvelope<?>) decoded;
    }

    /** Awaits re-examine every record on each poll; decoding each one once keeps long topics cheap. */
    private Object decoded(ConsumerRecord<String, byte[]> record) {
        return decodedRecords.computeIfAbsent(record, it -> {
            try {
                return binding.decode(headers(it), it.value());
            } catch (MalformedEventException e) {
                return e;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends Record> Optional<EventEnvelope<T>> eventOf(Class<T> payloadType,
            ConsumerRecord<String, byte[]> record) {
        return decoded(record) instanceof EventEnvelope<?> event && payloadType.isInstance(event.data())
                ? Optional.of((EventEnvelope<T>) event)
                : Optional.empty();
    }

    /**
     * Waits {@code within}, then fails if the topic holds any record that no await has returned: "and nothing
     * else was published" (a duplicate, an unexpected event).
     */
    public void assertNoFurtherRecords(Duration within) {
        readUntil(System.nanoTime() + within.toNanos());
        List<ConsumerRecord<String, byte[]>> unclaimed = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            if (!claimed.get(i)) {
                unclaimed.add(received.get(i));
            }
        }
        if (!unclaimed.isEmpty()) {
            throw new AssertionError("Expected no further records on %s, found %d: %s"
                    .formatted(topic, unclaimed.size(), describe(unclaimed)));
        }
    }

    /** Waits {@code within}, then fails if any record read from the topic (ever) matches {@code match}. */
    public void assertNone(Predicate<ConsumerRecord<String, byte[]>> match, Duration within) {
        readUntil(System.nanoTime() + within.toNanos());
        List<ConsumerRecord<String, byte[]>> matching = received.stream().filter(match).toList();
        if (!matching.isEmpty()) {
            throw new AssertionError("Expected no matching record on %s, found %d: %s"
                    .formatted(topic, matching.size(), describe(matching)));
        }
    }

    /** Every record read so far, in reading order. */
    public List<ConsumerRecord<String, byte[]>> received() {
        return List.copyOf(received);
    }

    /** A header's value as UTF-8 text, or null if the record has no such header. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** All headers as UTF-8 text (the last value of repeated ones). */
    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Override
    public void close() {
        consumer.close(Duration.ZERO);
    }

    private List<Integer> positionsMatching(Predicate<ConsumerRecord<String, byte[]>> match, int limit) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < received.size() && positions.size() < limit; i++) {
            if (match.test(received.get(i))) {
                positions.add(i);
            }
        }
        return positions;
    }

    private void readUntil(long deadline) {
        do {
            readFor(POLL);
        } while (System.nanoTime() < deadline);
    }

    private void readFor(Duration duration) {
        refreshPartitions();
        if (assigned.isEmpty()) {
            sleep(duration);
            return;
        }
        consumer.poll(duration).forEach(received::add);
    }

    /** Picks up the topic once it exists, and partitions added later, each from its beginning. */
    private void refreshPartitions() {
        if (System.nanoTime() < nextPartitionRefresh) {
            return;
        }
        nextPartitionRefresh = System.nanoTime() + PARTITION_REFRESH.toNanos();
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        List<TopicPartition> added = partitions.stream().filter(partition -> !assigned.contains(partition)).toList();
        if (!added.isEmpty()) {
            assigned.addAll(added);
            consumer.assign(assigned);
            consumer.seekToBeginning(added);
        }
    }

    private static String describe(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .limit(20)
                .map(record -> "%s-%d@%d key=%s type=%s".formatted(record.topic(), record.partition(), record.offset(),
                        record.key(), header(record, "ce_type")))
                .collect(Collectors.joining(", ", "[", records.size() > 20 ? ", ...]" : "]"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for records", e);
        }
    }
}
