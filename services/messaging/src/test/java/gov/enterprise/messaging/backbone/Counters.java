package gov.enterprise.messaging.backbone;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.backbone.BackboneEvents.StepRecordedV1;
import gov.enterprise.messaging.backbone.BackboneEvents.StepSkippedV1;
import gov.enterprise.messaging.backbone.BackboneEvents.TroubleReportedV1;
import gov.enterprise.messaging.outbox.Outbox;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The test application's "domain": each step of a counter is a state change (the counter's row) and an event
 * appended in the same transaction, after the row is locked, as every service must do.
 */
@Service
public class Counters {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;

    Counters(JdbcTemplate jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public EventEnvelope<StepRecordedV1> advance(String counter) {
        // the upsert locks the counter's row: a concurrent step of the same counter waits for this commit
        Long step = jdbc.queryForObject("insert into counter (id, step) values (?, 1) on conflict (id)"
                + " do update set step = counter.step + 1 returning step", Long.class, counter);
        return outbox.append(new StepRecordedV1(counter, step), counter);
    }

    /** Many steps in one transaction, spread over {@code keys} counters (for volume, not for order tests). */
    @Transactional
    public void advanceMany(String prefix, int keys, int steps) {
        for (int i = 0; i < steps; i++) {
            advance(prefix + (i % keys));
        }
    }

    /**
     * Many steps in one transaction, spread over {@code keys} counters, their events appended as one batch after
     * every counter row is locked (the rule for {@code appendAll} as for {@code append}).
     */
    @Transactional
    public List<EventEnvelope<?>> advanceAll(String prefix, int keys, int steps) {
        var events = new ArrayList<Outbox.Event>(steps);
        for (int i = 0; i < steps; i++) {
            String counter = prefix + (i % keys);
            events.add(new Outbox.Event(new StepRecordedV1(counter, nextStep(counter)), counter));
        }
        return outbox.appendAll(events);
    }

    /** A batch with one event the outbox refuses (too large): nothing of it may survive. */
    @Transactional
    public void advanceAllWithOversizedEvent(String counter) {
        outbox.appendAll(List.of(new Outbox.Event(new StepRecordedV1(counter, nextStep(counter)), counter),
                new Outbox.Event(new TroubleReportedV1("x".repeat(1_100_000), 0, false), counter)));
    }

    private long nextStep(String counter) {
        // the upsert locks the counter's row: a concurrent step of the same counter waits for this commit
        Long step = jdbc.queryForObject("insert into counter (id, step) values (?, 1) on conflict (id)"
                + " do update set step = counter.step + 1 returning step", Long.class, counter);
        return step;
    }

    /** Changes the state, appends the event, then fails: neither may survive. */
    @Transactional
    public void advanceThenFail(String counter) {
        advance(counter);
        throw new IllegalStateException("rolled back on purpose");
    }

    @Transactional
    public EventEnvelope<StepSkippedV1> skip(String counter) {
        return outbox.append(new StepSkippedV1(counter), counter);
    }

    @Transactional
    public EventEnvelope<TroubleReportedV1> reportTrouble(String id, int failures, boolean reject) {
        return outbox.append(new TroubleReportedV1(id, failures, reject), id);
    }

    /**
     * Events that touch the tallies, in one transaction: {@code forward} on the first topic in the order given,
     * {@code backward} on the mirror topic in the reverse order.
     */
    @Transactional
    public void touch(List<String> tallies, int forward, int backward) {
        List<String> reversed = tallies.reversed();
        var events = new ArrayList<Outbox.Event>(forward + backward);
        for (int i = 0; i < Math.max(forward, backward); i++) {
            if (i < forward) {
                events.add(new Outbox.Event(new BackboneEvents.TalliesTouchedV1(tallies), "touch-" + i));
            }
            if (i < backward) {
                events.add(new Outbox.Event(new BackboneEvents.MirrorTalliesTouchedV1(reversed), "mirror-" + i));
            }
        }
        outbox.appendAll(events);
    }

    public long step(String counter) {
        Long step = jdbc.queryForObject("select coalesce(max(step), 0) from counter where id = ?", Long.class,
                counter);
        return step == null ? 0 : step;
    }
}
