package gov.enterprise.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * A task repeated on a daemon thread of its own, a fixed delay after each run ends, between {@link #start} and
 * {@link #stop}: the backbone's periodic work, which must neither keep a stopping service alive nor wait behind the
 * service's own scheduled jobs. The task catches its own failures; one that escapes ends the repetition. Declared as
 * a bean, it runs while its application context does.
 */
public final class Chore implements SmartLifecycle {

    private final String threadName;
    private final Duration firstRun;
    private final Duration every;
    private final Runnable task;
    private ScheduledExecutorService scheduler;

    public Chore(String threadName, Duration firstRun, Duration every, Runnable task) {
        this.threadName = threadName;
        this.firstRun = firstRun;
        this.every = every;
        this.task = task;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(task, firstRun.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Interrupts a run under way and waits up to five seconds for it to end. */
    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
