package gov.enterprise.messaging.backbone;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.backbone.BackboneEvents.StepRecordedV1;
import gov.enterprise.messaging.backbone.BackboneEvents.TalliesTouchedV1;
import gov.enterprise.messaging.backbone.BackboneEvents.TroubleReportedV1;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.PollPreparation;
import gov.enterprise.messaging.consumer.RejectedEventException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consumer side of the test application. Its effects are rows in {@code applied_step}: one row per application,
 * deliberately without a unique constraint, so a duplicate effect would show instead of being masked. It notes each
 * poll's keys it is told before the poll is applied, with the transaction they were told in.
 */
@EventsListener(topic = BackboneEvents.TOPIC)
public class BackboneEventsListener implements PollPreparation {

    /** The keys of a poll the listener was told, in the transaction {@code tx}. */
    public record Preparation(long tx, List<String> keys) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<Tracer> tracer;
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<UUID, String> traceIds = new ConcurrentHashMap<>();
    private final List<Preparation> preparations = new CopyOnWriteArrayList<>();

    BackboneEventsListener(JdbcTemplate jdbc, ObjectProvider<Tracer> tracer) {
        this.jdbc = jdbc;
        this.tracer = tracer;
    }

    @Override
    public void preparing(List<String> keys) {
        Long tx = jdbc.queryForObject("select txid_current()", Long.class);
        preparations.add(new Preparation(tx, keys));
    }

    public List<Preparation> preparations() {
        return List.copyOf(preparations);
    }

    void on(StepRecordedV1 event, EventEnvelope<StepRecordedV1> envelope) {
        Tracer current = tracer.getIfUnique();
        if (current != null && current.currentSpan() != null) {
            traceIds.put(envelope.id(), current.currentSpan().context().traceId());
        }
        jdbc.update("insert into applied_step (counter, step, event_id) values (?, ?, ?)", event.counter(),
                event.step(), envelope.id());
    }

    void on(TalliesTouchedV1 event, EventEnvelope<TalliesTouchedV1> envelope) {
        MirrorListener.touch(jdbc, event.tallies(), envelope.id(), BackboneEvents.TOPIC);
    }

    void on(TroubleReportedV1 event, EventEnvelope<TroubleReportedV1> envelope) {
        int attempt = attempts.computeIfAbsent(envelope.id(), id -> new AtomicInteger()).incrementAndGet();
        if (event.reject()) {
            throw new RejectedEventException("trouble " + event.id() + " can never be applied");
        }
        if (attempt <= event.failures()) {
            throw new IllegalStateException("trouble " + event.id() + " failed on attempt " + attempt);
        }
        jdbc.update("insert into applied_trouble (id, attempts, event_id) values (?, ?, ?)", event.id(), attempt,
                envelope.id());
    }

    /** The trace the handling of an event ran in, if any. */
    public String traceId(UUID eventId) {
        return traceIds.get(eventId);
    }

    public int attempts(UUID eventId) {
        AtomicInteger count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }
}
