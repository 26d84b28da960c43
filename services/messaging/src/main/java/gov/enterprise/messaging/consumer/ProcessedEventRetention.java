package gov.enterprise.messaging.consumer;

import gov.enterprise.messaging.Chore;
import gov.enterprise.messaging.MessagingMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps each consumer group's record of applied events to the retention, on one daemon thread. A record is needed
 * while its event can be delivered again: within seconds after a crash or a rebalance, and as far back as an operator
 * may reset offsets or replay a dead letter. Without this chore {@code processed_event} grew by one row per event
 * and group for ever.
 *
 * <p>The clock is the system's, not the service's business clock: event ids carry the system time and
 * {@code processed_at} the database's. Several instances may sweep at once; a record is deleted once.
 */
public final class ProcessedEventRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventRetention.class);
    private static final Duration FIRST_SWEEP = Duration.ofMinutes(1);

    private final ProcessedEvents records;
    private final Duration retention;
    private final int batch;
    private final Clock clock;
    private final MessagingMetrics metrics;
    private final Chore chore;

    /**
     * @param batch records deleted per statement: each is its own short transaction, so a first sweep over a
     *              large table neither holds locks long nor writes one huge transaction
     */
    public ProcessedEventRetention(ProcessedEvents records, Duration retention, Duration sweepEvery, int batch,
                                   Clock clock, MessagingMetrics metrics) {
        this.records = records;
        this.retention = retention;
        this.batch = batch;
        this.clock = clock;
        this.metrics = metrics;
        // soon after start, not a whole interval later: a service redeployed more often than it sweeps still sweeps
        Duration first = FIRST_SWEEP.compareTo(sweepEvery) < 0 ? FIRST_SWEEP : sweepEvery;
        this.chore = new Chore("processed-event-retention", first, sweepEvery, this::sweepQuietly);
    }

    /** Deletes every group's records older than the retention; returns how many. */
    public long sweep() {
        Instant before = clock.instant().minus(retention);
        long forgotten = 0;
        for (String consumer : records.consumers()) {
            int deleted;
            do {
                deleted = records.forget(consumer, before, batch);
                metrics.forgotten(consumer, deleted);
                forgotten += deleted;
            } while (deleted == batch);
        }
        if (forgotten > 0) {
            log.info("Deleted {} records of events applied before {} (retention {})", forgotten, before, retention);
        }
        return forgotten;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // the database may be away; the next sweep catches up
            log.warn("Could not delete the records of old applied events: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (retention.isZero() || retention.isNegative()) {
            log.info("Records of applied events are kept for ever (ticketing.messaging.consumer.processed-retention)");
            return;
        }
        chore.start();
    }

    @Override
    public void stop() {
        chore.stop();
    }

    @Override
    public boolean isRunning() {
        return chore.isRunning();
    }
}
