package gov.enterprise.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes exactly the bytes a test gives it, to the test class's topics: for events from "another service" and
 * for poison, malformed or header-less records that no well-behaved producer would send. Each call waits for the
 * broker's acknowledgement. Get it from {@link TestEnvironment#publisher()}.
 */
public final class EventPublisher implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final CloudEventsBinding BINDING = new CloudEventsBinding(EventCatalog.standard());

    private final TestEnvironment environment;
    private final KafkaProducer<String, byte[]> producer;

    EventPublisher(TestEnvironment environment) {
        this.environment = environment;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, environment.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "test-publisher-" + environment.topicPrefix(),
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Publishes one record to {@code topicName} (the unprefixed name, e.g. {@code Topics.VISIT_EVENTS}). Header
     * values are written as UTF-8; a null header value or body is sent as such.
     */
    public RecordMetadata publish(String topicName, String key, Map<String, String> headers, byte[] body) {
        var record = new ProducerRecord<>(environment.topic(topicName), key, body);
        headers.forEach((name, value) -> record.headers().add(name,
                value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + record.topic(), e);
        }
    }

    /**
     * Publishes an event as a well-behaved service would: CloudEvents headers, JSON body, key = subject, on the
     * topic its type belongs to in {@link EventCatalog#standard()}.
     */
    public RecordMetadata publish(EventEnvelope<?> event) {
        EventType<?> type = BINDING.catalog().find(event.type()).orElseThrow(() -> new IllegalArgumentException(
                event.type() + " is not a published event type; name the topic: publish(topicName, event)"));
        return publish(type.topic(), event);
    }

    /** Publishes an event of any type (also test-only ones) to {@code topicName} (unprefixed). */
    public RecordMetadata publish(String topicName, EventEnvelope<?> event) {
        return publish(topicName, event.subject(), BINDING.attributes(event), BINDING.body(event));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
