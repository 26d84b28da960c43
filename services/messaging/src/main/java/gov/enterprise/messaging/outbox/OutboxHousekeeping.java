package gov.enterprise.messaging.outbox;

import gov.enterprise.messaging.Chore;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.MessagingProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The outbox's periodic chore on one daemon thread: recompute the backlog gauges (a query every few seconds, not one
 * per scrape). Nothing to delete: the relay deletes each row it published.
 */
public final class OutboxHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final OutboxTable table;
    private final AtomicReference<OutboxTable.Backlog> backlog = new AtomicReference<>(OutboxTable.Backlog.EMPTY);
    private final Chore chore;

    public OutboxHousekeeping(OutboxTable table, MessagingProperties.Outbox settings, MeterRegistry registry) {
        this.table = table;
        this.chore = new Chore("outbox-housekeeping", Duration.ZERO, settings.backlogRefresh(), this::refreshBacklog);
        Gauge.builder(MessagingMetrics.BACKLOG, backlog, b -> b.get().events())
                .description("outbox events not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder(MessagingMetrics.OLDEST_AGE, backlog, b -> b.get().oldestAgeSeconds())
                .description("age of the oldest outbox event not yet acknowledged by the broker")
                .baseUnit("seconds")
                .register(registry);
    }

    public OutboxTable.Backlog backlog() {
        return backlog.get();
    }

    void refreshBacklog() {
        try {
            backlog.set(table.backlog());
        } catch (RuntimeException e) {
            log.debug("Could not measure the outbox backlog", e);
        }
    }

    @Override
    public void start() {
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
