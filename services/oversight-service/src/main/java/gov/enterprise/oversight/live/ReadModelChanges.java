package gov.enterprise.oversight.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells dashboards that the figures changed. A transaction that changed a read model sends a PostgreSQL
 * notification, delivered when (and only if) it commits, to every instance: the instance that serves a dashboard is
 * usually not the one that consumed the event. Each instance listens on one connection and passes the news on to its
 * subscribers at most once per {@code debounce}.
 *
 * <p>Under load a consumer commits hundreds of changes a second, and a notification for each would cost a database
 * round trip per event and a wake-up per event in every listener, for news that is passed on at most once per
 * {@code debounce} anyway. So a change within {@value #SIGNAL_SPACING_MILLIS} ms of the last notification sent from
 * this instance sends none; once it commits, the listener owes one, and sends it in its next round (within
 * {@value #POLL_MILLIS} ms). No committed change goes unannounced; it is announced at most that much later.
 */
public final class ReadModelChanges implements SmartLifecycle {

    static final String CHANNEL = "oversight_changed";

    static final long SIGNAL_SPACING_MILLIS = 100;
    static final int POLL_MILLIS = 250;

    private static final Logger log = LoggerFactory.getLogger(ReadModelChanges.class);

    private final DataSource sessions;
    private final JdbcTemplate jdbc;
    private final Duration debounce;
    private final List<Consumer<Instant>> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong lastSignalNanos = new AtomicLong(System.nanoTime() - SIGNAL_SPACING_MILLIS * 2_000_000);
    private final AtomicBoolean owed = new AtomicBoolean();

    private volatile boolean running;
    private Thread listener;

    /**
     * @param dataSource the service's pool, for the notifications sent in the transactions that change read models
     * @param sessions   where the listener's connection comes from: it must keep its session (LISTEN), so not from
     *                   a pooler that hands server connections out per transaction
     */
    public ReadModelChanges(DataSource dataSource, DataSource sessions, Duration debounce) {
        this.sessions = sessions;
        this.jdbc = new JdbcTemplate(dataSource);
        this.debounce = debounce;
    }

    /** Within a transaction that changed a read model: notify every instance once it commits. */
    public void signal() {
        long now = System.nanoTime();
        long last = lastSignalNanos.get();
        boolean recently = now - last < SIGNAL_SPACING_MILLIS * 1_000_000;
        if ((recently || !lastSignalNanos.compareAndSet(last, now))
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    owed.set(true);
                }
            });
            return;
        }
        jdbc.queryForList("select pg_notify(?, '')", CHANNEL);
    }

    /** Calls {@code subscriber} with the time of each (debounced) change until it is removed. */
    public Runnable subscribe(Consumer<Instant> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** How many changes this instance has seen since it started: a cheap "did anything change" for pollers. */
    public long version() {
        return version.get();
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("read-model-changes").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = Duration.ofMillis(500);
        while (running) {
            try (Connection connection = sessions.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                backoff = Duration.ofMillis(500);
                Instant lastSent = Instant.EPOCH;
                boolean pending = false;
                while (running) {
                    if (owed.getAndSet(false)) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("select pg_notify('" + CHANNEL + "', '')");
                        } catch (SQLException e) {
                            owed.set(true); // still owed: sent by the next connection
                            throw e;
                        }
                    }
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        pending = true;
                    }
                    Instant now = Instant.now();
                    if (pending && Duration.between(lastSent, now).compareTo(debounce) >= 0) {
                        pending = false;
                        lastSent = now;
                        version.incrementAndGet();
                        subscribers.forEach(subscriber -> deliver(subscriber, now));
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                log.warn("Listening for read-model changes failed ({}); retrying in {}", e.toString(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
            }
        }
    }

    private static void deliver(Consumer<Instant> subscriber, Instant at) {
        try {
            subscriber.accept(at);
        } catch (RuntimeException e) {
            log.debug("A change subscriber failed: {}", e.toString());
        }
    }
}
