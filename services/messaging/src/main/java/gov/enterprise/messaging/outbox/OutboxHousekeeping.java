package gov.enterprise.messaging.outbox;

import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.MessagingProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final MessagingProperties.Outbox settings;
    private final AtomicReference<OutboxTable.Backlog> backlog = new AtomicReference<>(OutboxTable.Backlog.EMPTY);
    private ScheduledExecutorService scheduler;

    public OutboxHousekeeping(OutboxTable table, MessagingProperties.Outbox settings, MeterRegistry registry) {
        this.table = table;
        this.settings = settings;
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
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refreshBacklog, 0, settings.backlogRefresh().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
