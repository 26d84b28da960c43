package gov.enterprise.messaging.outbox;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a service records the events its state changes cause. Call {@link #append} (or {@link #appendAll} for
 * many events at once) in the transaction that changes the state; the events are published if and only if that
 * transaction commits.
 *
 * <p><b>Order per key.</b> The relay publishes a key's events in id order, and ids are drawn when the row is
 * inserted. Lock or update the aggregate's row <em>before</em> appending (as any state change does), so that a second
 * transaction on the same aggregate waits for the first to commit before it draws its id: then id order is commit
 * order for every key. With JPA, whose writes wait for the flush, that means a pessimistic lock on load or a flush
 * before appending (or a {@code @Version} column, which rolls the later of two concurrent changes back).
 */
public final class Outbox {

    private final CloudEventsBinding binding;
    private final OutboxTable table;
    private final Lanes lanes;
    private final String source;
    private final Clock clock;
    private final Supplier<Tracer> tracer;
    private final int maxBodyBytes;
    private final Runnable afterCommit;

    public Outbox(CloudEventsBinding binding, OutboxTable table, Lanes lanes, String source, Clock clock,
                  Supplier<Tracer> tracer, int maxBodyBytes, Runnable afterCommit) {
        this.binding = binding;
        this.table = table;
        this.lanes = lanes;
        this.source = source;
        this.clock = clock;
        this.tracer = tracer;
        this.maxBodyBytes = maxBodyBytes;
        this.afterCommit = afterCommit;
    }

    /**
     * Stores an event about {@code subject} (the aggregate id, which becomes the record key) for relaying. Its type
     * comes from the catalogue entry of the payload's record class, its time from the clock. Behaves like
     * {@code Propagation.MANDATORY}: without a transaction it throws, because an event stored on its own could
     * describe a change that never happened.
     */
    public <T extends Record> EventEnvelope<T> append(T payload, String subject) {
        requireTransaction("append");
        Stored<T> stored = stored(payload, subject);
        table.insert(stored.event().id(), stored.type().topic(), subject, stored.type().name(), source, subject,
                stored.event().time(), stored.body(), TraceParent.current(tracer.get()), lanes.of(subject));
        wakeRelayAfterCommit();
        return stored.event();
    }

    /** An event to append and the aggregate it is about (its subject, and so its record key). */
    public record Event(Record payload, String subject) {

        public Event {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /**
     * Stores many events at once, with {@link #append}'s guarantees: same envelope, type, time, lane, trace and
     * relay wake-up, and the same need for the caller's transaction. They are written in few statements (one per
     * {@value OutboxTable#ROWS_PER_INSERT} events) instead of one per event, and draw their ids in list order, so a
     * key's events are relayed in the order given. Every event is checked before anything is written. The
     * aggregates' rows must be locked or updated first, as for {@code append}.
     *
     * @return the envelopes, in the order of {@code events}
     */
    public List<EventEnvelope<?>> appendAll(List<Event> events) {
        requireTransaction("appendAll");
        if (events.isEmpty()) {
            return List.of();
        }
        // one time for the batch: the events of one transaction happen together, as their appends one by one would
        Instant time = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String traceParent = TraceParent.current(tracer.get());
        var rows = new ArrayList<OutboxTable.NewRow>(events.size());
        var envelopes = new ArrayList<EventEnvelope<?>>(events.size());
        for (Event event : events) {
            Stored<?> stored = stored(event.payload(), event.subject(), time);
            rows.add(new OutboxTable.NewRow(stored.event().id(), stored.type().topic(), event.subject(),
                    stored.type().name(), source, event.subject(), time, stored.body(), traceParent,
                    lanes.of(event.subject())));
            envelopes.add(stored.event());
        }
        table.insertAll(rows);
        wakeRelayAfterCommit();
        return envelopes;
    }

    /** An event ready to be stored: its envelope, its catalogue type and its body as the consumers will read it. */
    private record Stored<T extends Record>(EventEnvelope<T> event, EventType<T> type, String body) {
    }

    private <T extends Record> Stored<T> stored(T payload, String subject) {
        // the database keeps microseconds: the returned envelope carries the time consumers will see
        return stored(payload, subject, clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private <T extends Record> Stored<T> stored(T payload, String subject, Instant time) {
        EventType<T> type = typeOf(payload);
        EventEnvelope<T> event = binding.envelope(payload, source, subject, time);
        String body = binding.bodyJson(payload);
        int size = body.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxBodyBytes) {
            // refused here, in the caller's transaction: relayed, it would be dead-lettered by every consumer
            throw new IllegalArgumentException(type.name() + " body of " + size + " bytes exceeds the limit of "
                    + maxBodyBytes + " bytes");
        }
        return new Stored<>(event, type, body);
    }

    private static void requireTransaction(String method) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("Outbox." + method + " needs the transaction of the state"
                    + " change it describes; call it from a @Transactional method");
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends Record> EventType<T> typeOf(T payload) {
        EventCatalog catalog = binding.catalog();
        return catalog.forPayload((Class<T>) payload.getClass()).orElseThrow(() -> new IllegalArgumentException(
                payload.getClass().getName() + " is not an event type of the catalogue"));
    }

    /** One wake-up per transaction, however many events it appends (a batch job appends thousands). */
    private void wakeRelayAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) == null) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
                    if (status == STATUS_COMMITTED) {
                        afterCommit.run();
                    }
                }
            });
        }
    }
}
