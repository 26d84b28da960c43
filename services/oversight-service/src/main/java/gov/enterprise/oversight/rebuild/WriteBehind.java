package gov.enterprise.oversight.rebuild;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes one folded group of a bulk load while the rebuild reads the next: the database runs the COPY on its own
 * core while the records of the next partitions are decoded here. One write at a time, in the order submitted, so at
 * most two groups are in memory (the one being written and the one being read); a failed write fails the next
 * {@link #submit} or {@link #await}.
 */
final class WriteBehind implements AutoCloseable {

    /** A write of one group to the new generation. */
    interface Write {
        void run() throws Exception;
    }

    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("read-model-rebuild-writer").factory());
    private Future<?> pending = CompletableFuture.completedFuture(null);

    /** Waits for the previous write, then starts this one. */
    void submit(Write write) throws Exception {
        await();
        pending = writer.submit(() -> {
            write.run();
            return null;
        });
    }

    /** Waits for the last write; its failure is thrown here. */
    void await() throws Exception {
        try {
            pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * After {@link #await} there is nothing to stop. On a failure a write may still be running: it is interrupted and
     * waited for (a minute at most), so that the rebuild drops its schema only once nothing writes to it.
     */
    @Override
    public void close() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
