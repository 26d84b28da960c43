package gov.enterprise.messaging.outbox;

import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.MessagingProperties;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed outbox rows to Kafka, in id order per lane, on its own daemon thread.
 *
 * <p>Each pass looks for lanes with rows (whatever is in the outbox waits; never an id watermark: rows commit out of
 * id order, and a watermark would skip the late ones). In one database transaction: take each such lane's advisory
 * lock (skip the lane if another relay holds it), lock its oldest rows, send them, wait for every acknowledgement,
 * delete them, commit; while any lane fails, one such transaction per lane. So any number of relays can run, one per
 * lane at a time, and each key's events leave in order. A crash between send and commit leaves the rows in place and
 * they are sent again: delivery is at-least-once and consumers drop repeats by event id.
 *
 * <p>A lane that fails (broker away, a record the broker refuses) rolls back, gets a new producer and waits out an
 * exponential backoff of its own, so one stuck lane never holds back the others; a pass that fails as a whole
 * (database away) backs off the same way. Trouble is logged once per outage ({@link RelayOutage}).
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxTable table;
    private final RelayProducer producer;
    private final TransactionTemplate transactions;
    private final MessagingProperties.Outbox settings;
    private final Lanes lanes;
    private final MessagingMetrics metrics;
    private final String name;
    private final RelayOutage outage;

    private final Object wakeUp = new Object();
    private boolean nudged;
    private volatile boolean running;
    private volatile Thread worker;

    /** Lanes in backoff after a failure, touched by the relay thread only. */
    private final Map<Integer, Backoff> failingLanes = new HashMap<>();
    private int failedPasses;

    private record Backoff(int failures, long retryAtNanos) {
    }

    public OutboxRelay(String name, DataSource dataSource, OutboxTable table, RelayProducer producer,
                       MessagingProperties.Outbox settings, MessagingMetrics metrics) {
        this.name = name;
        this.table = table;
        this.producer = producer;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.settings = settings;
        this.lanes = new Lanes(settings.lanes());
        this.metrics = metrics;
        this.outage = new RelayOutage(name);
    }

    /** Wakes the relay now instead of at the end of its idle wait; called after a local commit appended events. */
    public void nudge() {
        synchronized (wakeUp) {
            nudged = true;
            wakeUp.notifyAll();
        }
    }

    /** What a pass did: how many events it published, and whether a lane may have more (its batch was full). */
    private record Pass(int published, boolean lanesLeftBehind) {
    }

    /**
     * One pass over the lanes with unpublished rows, one batch per lane. While every lane is healthy, all of them go in
     * one transaction: a pass then costs four statements however many lanes it relays. If that fails, and while any
     * lane is failing, lane by lane, so that the lane at fault (a record the broker refuses) backs off alone.
     */
    private Pass relayOnce() {
        if (!failingLanes.isEmpty()) {
            return relayLaneByLane();
        }
        try {
            Collection<List<OutboxRow>> byLane = transactions.execute(status -> {
                var taken = table.takeUnpublished(lanes.all(), settings.batchSize()).values();
                publish(taken.stream().flatMap(List::stream).toList());
                return taken;
            });
            List<OutboxRow> sent = byLane.stream().flatMap(List::stream).toList();
            count(sent);
            return new Pass(sent.size(), byLane.stream().anyMatch(rows -> rows.size() == settings.batchSize()));
        } catch (RuntimeException e) {
            producer.discard();
            if (!running) {
                return new Pass(0, false);
            }
            log.debug("Outbox relay {}: a pass over all lanes failed ({}); relaying lane by lane", name, e.toString());
            return relayLaneByLane();
        }
    }

    /**
     * One transaction per lane with unpublished rows, skipping lanes in backoff. Stops at the first failing lane: if
     * the broker is away, the next lanes would only wait for it too.
     */
    private Pass relayLaneByLane() {
        int published = 0;
        boolean leftBehind = false;
        long now = System.nanoTime();
        for (int lane : table.busyLanes(lanes.count())) {
            Backoff backoff = failingLanes.get(lane);
            if (backoff != null && now - backoff.retryAtNanos() < 0) {
                continue;
            }
            try {
                int sent = relayLane(lane);
                published += sent;
                leftBehind |= sent == settings.batchSize();
                failingLanes.remove(lane);
            } catch (RuntimeException e) {
                producer.discard();
                if (!running) {
                    break;
                }
                int failures = backoff == null ? 1 : backoff.failures() + 1;
                failingLanes.put(lane, new Backoff(failures, System.nanoTime() + backoff(failures).toNanos()));
                outage.failed("lane " + lane, e);
                break;
            }
        }
        return new Pass(published, leftBehind);
    }

    private int relayLane(int lane) {
        List<OutboxRow> sent = transactions.execute(status -> {
            var taken = table.takeUnpublished(List.of(lane), settings.batchSize()).getOrDefault(lane, List.of());
            publish(taken);
            return taken;
        });
        count(sent);
        return sent.size();
    }

    /**
     * Sends the rows taken, waits for every acknowledgement and deletes them, in the caller's transaction: a rollback
     * leaves them to be sent again.
     */
    private void publish(List<OutboxRow> rows) {
        if (!rows.isEmpty()) {
            producer.send(rows);
            table.removePublished(rows);
        }
    }

    private void count(List<OutboxRow> rows) {
        if (!rows.isEmpty()) {
            metrics.relayedBatch(rows.size());
        }
        Map<List<String>, Long> perTypeAndTopic = rows.stream().collect(Collectors.groupingBy(
                row -> List.of(row.type(), row.topic()), Collectors.counting()));
        perTypeAndTopic.forEach((typeAndTopic, n) ->
                metrics.published(typeAndTopic.get(0), typeAndTopic.get(1), n.intValue()));
    }

    private void run() {
        Duration idleWait = settings.busyPoll();
        while (running) {
            try {
                Pass pass = relayOnce();
                failedPasses = 0;
                if (failingLanes.isEmpty()) {
                    outage.over();
                }
                if (pass.lanesLeftBehind()) {
                    continue;
                }
                if (pass.published() > 0) {
                    // every lane was emptied. Under load the next commits are a moment away: letting them gather
                    // makes the next pass one batch instead of a pass, a transaction and a producer request
                    // per event (a local commit meanwhile has nudged the relay, so it then goes on at once; another
                    // instance's is found after the short wait, without a pass that would find nothing)
                    pause(settings.gather());
                    idleWait = settings.busyPoll();
                    waitForWork(idleWait);
                    continue;
                }
                waitForWork(failingLanes.isEmpty() ? idleWait : settings.busyPoll());
                idleWait = min(idleWait.multipliedBy(2), settings.idlePoll());
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                // the pass itself failed (database away): everything waits
                producer.discard();
                failedPasses++;
                outage.failed("(outbox table unreachable)", e);
                sleep(backoff(failedPasses));
            }
        }
    }

    private Duration backoff(int failures) {
        int doublings = Math.min(failures - 1, 20);
        return min(settings.failureBackoff().multipliedBy(1L << doublings), settings.maxFailureBackoff());
    }

    private void waitForWork(Duration timeout) {
        synchronized (wakeUp) {
            if (!nudged && running) {
                try {
                    wakeUp.wait(Math.max(1, timeout.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            nudged = false;
        }
        Thread.interrupted();
    }

    /** Waits whatever nudges come meanwhile; {@link #stop} still ends it. */
    private void pause(Duration duration) {
        if (duration.isPositive() && running) {
            sleep(duration);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread.interrupted();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, "outbox-relay-" + name);
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        log.info("Outbox relay {} started ({} lanes, batches of {})", name, lanes.count(), settings.batchSize());
    }

    /** Stops the thread; a batch in flight is rolled back and sent again by whichever relay takes its lane next. */
    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(settings.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
            log.info("Outbox relay {} stopped", name);
        }
        producer.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the listener containers and stops after them, before the connection pool closes. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
