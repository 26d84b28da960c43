package gov.enterprise.oversight.messaging;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.envelope.MalformedEventException;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.oversight.figure.IssueChange;
import gov.enterprise.oversight.figure.VisitChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Reads the topics from a given offset to a given offset, outside any consumer group, for a rebuild: the records are
 * decoded with the one codec and mapped with {@link ContractMapping}, exactly as the live listeners see them. A
 * record the codec refuses is skipped and counted (the live listeners dead-lettered it too).
 */
public final class TopicReplay {

    /** The topics a rebuild reads, by their logical names. */
    public static final String VISITS = Topics.VISIT_EVENTS;
    public static final String INTAKE = Topics.INTAKE_EVENTS;
    public static final String RESOLUTION = Topics.RESOLUTION_EVENTS;

    private static final Logger log = LoggerFactory.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumerProperties;
    private final TopicNames topics;
    private final CloudEventsBinding binding;
    private final LongAdder malformed = new LongAdder();

    public TopicReplay(KafkaProperties kafka, TopicNames topics, CloudEventsBinding binding) {
        var properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        properties.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20);
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "oversight-rebuild");
        this.consumerProperties = Map.copyOf(properties);
        this.topics = topics;
        this.binding = binding;
    }

    /** The offsets one past the last record of each partition of a topic, now. */
    public Map<Integer, Long> endOffsets(String topic) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            var ends = new TreeMap<Integer, Long>();
            consumer.endOffsets(partitions).forEach((partition, end) -> ends.put(partition.partition(), end));
            return ends;
        }
    }

    /** The first offset still held of each partition (zero until retention removes records). */
    public Map<Integer, Long> beginningOffsets(String topic) {
        try (var consumer = consumer()) {
            var beginnings = new TreeMap<Integer, Long>();
            consumer.beginningOffsets(partitions(consumer, topic))
                    .forEach((partition, offset) -> beginnings.put(partition.partition(), offset));
            return beginnings;
        }
    }

    /** The issue changes in {@code [from, to)} of the given partitions, in order per partition. */
    public long replayIssues(String topic, Map<Integer, Long> from, Map<Integer, Long> to,
                             Consumer<IssueChange> sink) {
        return replay(topic, from, to, ContractMapping::issueChange, sink);
    }

    /** The visit changes in {@code [from, to)} of the given partitions, in order per partition. */
    public long replayVisits(String topic, Map<Integer, Long> from, Map<Integer, Long> to,
                             Consumer<VisitChange> sink) {
        return replay(topic, from, to, ContractMapping::visitChange, sink);
    }

    /** Records skipped because they could not be decoded, since this replay was created. */
    public long malformed() {
        return malformed.sum();
    }

    private <T> long replay(String topic, Map<Integer, Long> from, Map<Integer, Long> to,
                            Function<Record, Optional<T>> mapping, Consumer<T> sink) {
        String brokerTopic = topics.of(topic);
        var remaining = new HashMap<TopicPartition, Long>();
        to.forEach((partition, end) -> {
            long start = from.getOrDefault(partition, 0L);
            if (end > start) {
                remaining.put(new TopicPartition(brokerTopic, partition), end);
            }
        });
        if (remaining.isEmpty()) {
            return 0;
        }
        long read = 0;
        try (var consumer = consumer()) {
            consumer.assign(remaining.keySet());
            remaining.keySet().forEach(partition -> consumer.seek(partition,
                    from.getOrDefault(partition.partition(), 0L)));
            while (!remaining.isEmpty()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                var batch = new ArrayList<ConsumerRecord<String, byte[]>>(records.count());
                for (TopicPartition partition : records.partitions()) {
                    Long end = remaining.get(partition);
                    if (end == null) {
                        continue;
                    }
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (record.offset() >= end) {
                            break;
                        }
                        batch.add(record);
                    }
                }
                read += batch.size();
                // decoding (JSON) is most of the work: done on every core, then applied in offset order
                batch.parallelStream().map(record -> decode(record).flatMap(mapping)).toList()
                        .forEach(change -> change.ifPresent(sink));
                Set<TopicPartition> done = new HashSet<>();
                for (var entry : remaining.entrySet()) {
                    if (consumer.position(entry.getKey()) >= entry.getValue()) {
                        done.add(entry.getKey());
                    }
                }
                if (!done.isEmpty()) {
                    done.forEach(remaining::remove);
                    consumer.pause(done);
                }
            }
        }
        return read;
    }

    private Optional<Record> decode(ConsumerRecord<String, byte[]> record) {
        var attributes = new HashMap<String, String>();
        for (Header header : record.headers()) {
            attributes.put(header.key(), CloudEventsBinding.text(header.value()));
        }
        try {
            EventEnvelope<?> envelope = binding.decode(attributes, record.value());
            return Optional.of(envelope.data());
        } catch (MalformedEventException e) {
            malformed.increment();
            log.debug("Skipped record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(consumerProperties);
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        String brokerTopic = topics.of(topic);
        List<PartitionInfo> infos = consumer.partitionsFor(brokerTopic, Duration.ofSeconds(10));
        var partitions = new ArrayList<TopicPartition>();
        if (infos != null) {
            infos.forEach(info -> partitions.add(new TopicPartition(brokerTopic, info.partition())));
        }
        return partitions;
    }
}
