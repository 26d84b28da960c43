package gov.enterprise.simulator.baseline;

import gov.enterprise.simulator.load.Percentiles;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The machine's raw Kafka producer rate: what {@code kafka-producer-perf-test} measures (as many records of a given
 * size as the producer can send, with the latency of each acknowledgement), written on kafka-clients because the
 * tools jar brings Kafka Connect with it. The producer has the outbox relay's settings ({@code acks=all},
 * idempotence, 5 requests in flight, {@code linger.ms=5}) and writes to a scratch topic that is deleted afterwards.
 */
public final class KafkaBaseline {

    /** What the producer achieved. */
    public record Result(long records, int recordBytes, double recordsPerSecond, double megabytesPerSecond,
                         Percentiles latency, long failed) {
    }

    static final String TOPIC = "bench.producer-baseline";

    private final String bootstrapServers;

    public KafkaBaseline(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends {@code records} records of {@code recordBytes} (fewer if {@code maxSeconds} run out first). */
    public Result run(long records, int recordBytes, int maxSeconds) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000))) {
            recreate(admin);
            try {
                return produce(records, recordBytes, maxSeconds);
            } finally {
                admin.deleteTopics(List.of(TOPIC));
            }
        }
    }

    private void recreate(Admin admin) {
        try {
            if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.deleteTopics(List.of(TOPIC)).all().get(10, TimeUnit.SECONDS);
                Thread.sleep(1_000);
            }
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Result produce(long records, int recordBytes, int maxSeconds) {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        byte[] value = new byte[recordBytes];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) ('a' + i % 26);
        }
        var latency = new ConcurrentHistogram(3_600_000_000L, 3);
        var failed = new AtomicLong();
        long sent = 0;
        long start;
        try (var producer = new KafkaProducer<String, byte[]>(config)) {
            // connection, metadata and producer id first, as the perf test's figures leave them out too
            try {
                producer.send(new ProducerRecord<>(TOPIC, "warm-up", value)).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            start = System.nanoTime();
            long stopAt = start + TimeUnit.SECONDS.toNanos(maxSeconds);
            for (; sent < records && System.nanoTime() < stopAt; sent++) {
                long sentAt = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, "key-" + sent % 1_000, value), (metadata, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                    }
                    latency.recordValue(Math.min(3_600_000_000L, (System.nanoTime() - sentAt) / 1_000));
                });
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(sent, recordBytes, sent / seconds, sent * (double) recordBytes / seconds / 1e6,
                Percentiles.of(latency), failed.get());
    }
}
