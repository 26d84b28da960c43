package gov.enterprise.messaging.consumer;

import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.MessagingMetrics;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one record to its listener: decode it with the CloudEvents binding (a malformed record throws
 * {@link gov.enterprise.contracts.envelope.MalformedEventException} and is dead-lettered without retries), then, in
 * one database transaction, record its id for this consumer group and call the {@code on} method. A redelivered
 * event finds its id recorded and is skipped; an exception rolls both back, so a retry starts clean.
 */
final class EventDispatch implements MessageListener<String, byte[]> {

    private final EventHandlers handlers;
    private final CloudEventsBinding binding;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final MessagingMetrics metrics;
    private final String group;
    private final String topic;

    EventDispatch(EventHandlers handlers, CloudEventsBinding binding, ProcessedEvents processed,
                  TransactionTemplate transactions, MessagingMetrics metrics, String group, String topic) {
        this.handlers = handlers;
        this.binding = binding;
        this.processed = processed;
        this.transactions = transactions;
        this.metrics = metrics;
        this.group = group;
        this.topic = topic;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        EventEnvelope<?> event = binding.decode(attributes(record), record.value());
        Optional<EventHandlers.Handler> handler = handlers.forType(event.type());
        if (handler.isEmpty()) {
            metrics.ignored(event.type(), topic);
            return;
        }
        boolean applied = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!processed.firstDelivery(group, event.id(), topic)) {
                return false;
            }
            handlers.invoke(handler.get(), event);
            return true;
        }));
        if (applied) {
            metrics.consumed(event.type(), topic);
        } else {
            metrics.duplicate(event.type(), topic);
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
