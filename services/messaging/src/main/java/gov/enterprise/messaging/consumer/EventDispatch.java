package gov.enterprise.messaging.consumer;

import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.MessagingMetrics;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the records of one poll to their listener in one database transaction: decode each record with the
 * CloudEvents binding, record every event id for this consumer group in one statement, tell a listener that is a
 * {@link PollPreparation} the keys about to be applied, call the {@code on} method of each first delivery in key order
 * (each key's records in record order, see {@link #applicationOrder}), commit. A
 * redelivered event (or one that appears twice in the poll) finds its id recorded and is skipped.
 *
 * <p>Failures keep the guarantees of one transaction per record. A record that cannot be decoded
 * ({@link gov.enterprise.contracts.envelope.MalformedEventException}) ends the batch: the records before it are
 * applied, then it is reported. An {@code on} method that throws rolls the batch back; the records before it are
 * applied again, then the failing record is reported, without calling its handler a second time, so it is attempted
 * exactly as often as the retry settings say. Any other failure of the batch (a deadlock or serialization conflict with
 * another consumer, the commit, the database) rolls it back and the records are applied one transaction each, as
 * they were before batching. A record is reported by throwing {@link BatchListenerFailedException} with its index:
 * the error handler ({@link DeadLetters#errorHandler()}) commits the offsets before it, retries or dead-letters it,
 * and redelivers the records after it.
 *
 * <p>Each handler call runs in its own listener observation, so it continues the trace of the request that caused
 * its event (the record's {@code traceparent}) and the events it appends carry that trace.
 */
final class EventDispatch implements BatchMessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(EventDispatch.class);

    private final EventHandlers handlers;
    private final CloudEventsBinding binding;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final MessagingMetrics metrics;
    private final String group;
    private final String topic;
    private final ObservationRegistry observations;
    private final String listenerId;
    private final String clientId;

    EventDispatch(EventHandlers handlers, CloudEventsBinding binding, ProcessedEvents processed,
                  TransactionTemplate transactions, MessagingMetrics metrics, String group, String topic,
                  ObservationRegistry observations, String listenerId, String clientId) {
        this.handlers = handlers;
        this.binding = binding;
        this.processed = processed;
        this.transactions = transactions;
        this.metrics = metrics;
        this.group = group;
        this.topic = topic;
        this.observations = observations;
        this.listenerId = listenerId;
        this.clientId = clientId;
    }

    /** A decoded record and the handler of its type, if the listener has one. */
    private record Delivery(ConsumerRecord<String, byte[]> record, EventEnvelope<?> event,
                            EventHandlers.Handler handler) {

        boolean handled() {
            return handler != null;
        }
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        var deliveries = new ArrayList<Delivery>(records.size());
        for (int index = 0; index < records.size(); index++) {
            ConsumerRecord<String, byte[]> record = records.get(index);
            EventEnvelope<?> event;
            try {
                event = binding.decode(attributes(record), record.value());
            } catch (RuntimeException malformed) {
                apply(deliveries);
                throw failed(index, malformed);
            }
            deliveries.add(new Delivery(record, event, handlers.forType(event.type()).orElse(null)));
        }
        apply(deliveries);
    }

    /** Applies the deliveries, the index of each being that of its record in the poll. */
    private void apply(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        try {
            applyTogether(deliveries);
        } catch (HandlerFailure failure) {
            if (DeadLetters.isOutage(failure.getCause()) && deliveries.size() > 1) {
                // not the event's fault: a lock conflict or the database; alone the record may well pass
                oneByOneAfter(failure.getCause(), deliveries);
                return;
            }
            // the handler failed on its own: the records before it again, then the error handler takes over
            apply(deliveries.subList(0, failure.index));
            throw failed(failure.index, failure.getCause());
        } catch (RuntimeException batchFailure) {
            if (deliveries.size() == 1) {
                throw failed(0, batchFailure);
            }
            oneByOneAfter(batchFailure, deliveries);
        }
    }

    private void oneByOneAfter(Throwable batchFailure, List<Delivery> deliveries) {
        log.info("{} records of {} rolled back ({}); applying them one transaction each", deliveries.size(),
                topic, batchFailure.toString());
        applyOneByOne(deliveries);
    }

    /** One transaction: every id recorded in one statement, then the handlers in key order. */
    private void applyTogether(List<Delivery> deliveries) {
        List<UUID> ids = deliveries.stream().filter(Delivery::handled).map(delivery -> delivery.event().id())
                .toList();
        boolean[] applied = transactions.execute(status -> {
            Set<UUID> firstDeliveries = processed.firstDeliveries(group, ids, topic);
            List<Integer> order = applicationOrder(deliveries.stream().map(delivery -> delivery.record().key())
                    .toList());
            handlers.preparation().ifPresent(preparation -> prepare(preparation, deliveries, order, firstDeliveries));
            var done = new boolean[deliveries.size()];
            for (int index : order) {
                Delivery delivery = deliveries.get(index);
                // remove: the second copy of an id within the poll is a duplicate like any redelivery
                if (delivery.handled() && firstDeliveries.remove(delivery.event().id())) {
                    try {
                        observed(delivery.record(), () -> handlers.invoke(delivery.handler(), delivery.event()));
                    } catch (RuntimeException e) {
                        throw new HandlerFailure(index, e);
                    }
                    done[index] = true;
                }
            }
            return done;
        });
        for (int index = 0; index < deliveries.size(); index++) {
            count(deliveries.get(index), applied != null && applied[index]);
        }
    }

    /** Tells the listener the keys of the events about to be applied, in the order they will be. */
    private static void prepare(PollPreparation preparation, List<Delivery> deliveries, List<Integer> order,
                                Set<UUID> firstDeliveries) {
        var keys = new LinkedHashSet<String>();
        for (int index : order) {
            Delivery delivery = deliveries.get(index);
            if (delivery.handled() && delivery.record().key() != null
                    && firstDeliveries.contains(delivery.event().id())) {
                keys.add(delivery.record().key());
            }
        }
        if (!keys.isEmpty()) {
            preparation.preparing(List.copyOf(keys));
        }
    }

    /**
     * The order in which a poll's records are applied in its transaction: by key, and the records of one key in the
     * order of the poll (the only order that matters to them). A handler locks the rows of its event's subject, which
     * is the key; two listeners of two topics about the same subjects (oversight's of intake and resolution events,
     * both keyed by issue id) then lock them in the same order and cannot deadlock, as they did in poll order.
     */
    static List<Integer> applicationOrder(List<String> keys) {
        var order = new ArrayList<Integer>(keys.size());
        for (int index = 0; index < keys.size(); index++) {
            order.add(index);
        }
        // List.sort is stable: records of one key keep their order
        order.sort(Comparator.comparing(keys::get, Comparator.nullsFirst(Comparator.naturalOrder())));
        return order;
    }

    /** One transaction per delivery, as without batching; the first that fails is reported. */
    private void applyOneByOne(List<Delivery> deliveries) {
        for (int index = 0; index < deliveries.size(); index++) {
            try {
                applyAlone(deliveries.get(index));
            } catch (RuntimeException e) {
                throw failed(index, e);
            }
        }
    }

    private void applyAlone(Delivery delivery) {
        if (!delivery.handled()) {
            count(delivery, false);
            return;
        }
        EventEnvelope<?> event = delivery.event();
        observed(delivery.record(), () -> {
            boolean applied = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!processed.firstDelivery(group, event.id(), topic)) {
                    return false;
                }
                handlers.invoke(delivery.handler(), event);
                return true;
            }));
            count(delivery, applied);
        });
    }

    private void count(Delivery delivery, boolean applied) {
        String type = delivery.event().type();
        if (!delivery.handled()) {
            metrics.ignored(type, topic);
        } else if (applied) {
            metrics.consumed(type, topic);
        } else {
            metrics.duplicate(type, topic);
        }
    }

    /** The listener observation Spring Kafka opens around a record listener: it continues the record's trace. */
    private void observed(ConsumerRecord<String, byte[]> record, Runnable work) {
        Observation observation = KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, listenerId, clientId, group, () -> null),
                observations);
        observation.observe(work);
    }

    /**
     * The record at {@code index} failed. The error handler's failure tracker tells a new failure from a repeated one
     * by the class of the exception under the listener's wrapper, which for a batch listener is this one: a class of
     * its own for an outage keeps the switch between an outage and a failure of the handler (either way) restarting
     * the back-off, as it does for record listeners, so an outage is never dead-lettered for the attempts a failing
     * handler used up, nor a failing handler retried forever because an outage came first.
     */
    private static BatchListenerFailedException failed(int index, Throwable cause) {
        String message = "record " + index + " of the poll failed: " + cause;
        return DeadLetters.isOutage(cause)
                ? new DatabaseUnavailable(message, cause, index)
                : new RecordFailed(message, cause, index);
    }

    /** A record whose handling failed; the error handler retries it, then dead-letters it. */
    static final class RecordFailed extends BatchListenerFailedException {
        RecordFailed(String message, Throwable cause, int index) {
            super(message, cause, index);
        }
    }

    /** A record that could not be applied because the database could not serve it; waited out, never parked. */
    static final class DatabaseUnavailable extends BatchListenerFailedException {
        DatabaseUnavailable(String message, Throwable cause, int index) {
            super(message, cause, index);
        }
    }

    /** Carries the index of the record whose handler threw out of the batch transaction (and rolls it back). */
    private static final class HandlerFailure extends RuntimeException {
        private final int index;

        HandlerFailure(int index, RuntimeException cause) {
            super(cause);
            this.index = index;
        }
    }

    /** The record's headers as the binding reads them; the last value wins if a header repeats. */
    static Map<String, String> attributes(ConsumerRecord<?, ?> record) {
        var attributes = new HashMap<String, String>();
        for (Header header : record.headers()) {
            attributes.put(header.key(), CloudEventsBinding.text(header.value()));
        }
        return attributes;
    }
}
