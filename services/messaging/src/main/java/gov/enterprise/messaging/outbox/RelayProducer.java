package gov.enterprise.messaging.outbox;

import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.messaging.BrokerAdmin;
import gov.enterprise.messaging.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Sends a batch of outbox rows and returns only when the broker acknowledged every one of them
 * ({@code acks=all}, idempotent producer), or throws. After a failure the producer is discarded, so its
 * successor starts with a new producer id and fresh sequence numbers instead of inheriting a broken sequence.
 */
public final class RelayProducer implements AutoCloseable {

    private final ProducerFactory<String, byte[]> producers;
    private final TopicNames topics;
    private final BrokerAdmin admin;
    private final Duration sendTimeout;

    public RelayProducer(ProducerFactory<String, byte[]> producers, TopicNames topics, BrokerAdmin admin,
                         Duration sendTimeout) {
        this.producers = producers;
        this.topics = topics;
        this.admin = admin;
        this.sendTimeout = sendTimeout;
    }

    /** Sends the rows in order and waits for every acknowledgement. */
    void send(List<OutboxRow> rows) {
        admin.ensureTopics(rows.stream().map(row -> topics.of(row.topic())).distinct().toList());
        Producer<String, byte[]> producer = producers.createProducer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            Future<RecordMetadata> ack = producer.send(record(row));
            if (ack.isDone()) {
                // fails fast (e.g. no metadata within max.block.ms) instead of waiting once per row
                await(ack, row);
            }
            acks.add(ack);
        }
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            await(acks.get(i), rows.get(i));
        }
    }

    /** Throws the current producer away; the next batch gets a new one. */
    void discard() {
        producers.reset();
    }

    private ProducerRecord<String, byte[]> record(OutboxRow row) {
        var headers = new RecordHeaders();
        Map<String, String> attributes = CloudEventsBinding.attributes(row.eventId(), row.type(), row.source(),
                row.subject(), row.occurredAt());
        attributes.forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        if (row.traceParent() != null) {
            headers.add(TraceParent.HEADER, row.traceParent().getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(topics.of(row.topic()), null, row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private void await(Future<RecordMetadata> ack, OutboxRow row) {
        try {
            ack.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException("broker refused event " + row.eventId() + " (outbox row " + row.id() + ")",
                    e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("no acknowledgement for event " + row.eventId() + " within " + sendTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while waiting for acknowledgements", e);
        }
    }

    @Override
    public void close() {
        producers.reset();
    }
}
