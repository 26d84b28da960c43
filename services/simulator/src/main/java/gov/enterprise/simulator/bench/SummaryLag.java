package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.campaign.OversightSummary;
import gov.enterprise.simulator.load.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.HdrHistogram.Histogram;

/**
 * End-to-end lag from an issue's submission to its counting in the leaders' figures: while issues are submitted,
 * the oversight summary is read every {@code every}; the {@code j}-th accepted issue (in order of intended send
 * time) is taken as counted at the first reading whose {@code issuesCollected} had grown by {@code j}. Readings
 * quantise the lag to {@code every}; events overtaking one another make single lags approximate, their
 * distribution is what is reported. Lag runs from the intended send time (what the user experiences), so it
 * includes the API's own latency.
 */
final class SummaryLag {

    /** Lag of the measured issues, and how many were not counted by the end of the wait. */
    record Result(Percentiles lag, long counted, long notCounted, Duration resolution) {
    }

    private record Reading(long at, long grown) {
    }

    private final OversightSummary summary;
    private final Duration every;
    private final ConcurrentLinkedQueue<long[]> accepted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Reading> readings = new ConcurrentLinkedQueue<>();
    private volatile long baseline;
    private Thread reader;

    SummaryLag(OversightSummary summary, Duration every) {
        this.summary = summary;
        this.every = every;
    }

    /** Waits until the figures stand still (earlier load fully counted), then starts reading. */
    void start(Duration settle) {
        long deadline = System.nanoTime() + settle.toNanos();
        long last = summary.read().issuesCollected();
        while (System.nanoTime() < deadline) {
            sleep(2_000);
            long now = summary.read().issuesCollected();
            if (now == last) {
                break;
            }
            last = now;
        }
        baseline = last;
        reader = Thread.ofPlatform().daemon().name("summary-lag").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    long grown = summary.read().issuesCollected() - baseline;
                    readings.add(new Reading(System.nanoTime(), grown));
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    // a failed reading is a gap, not a result
                }
            }
        });
    }

    /** An issue accepted by the API; {@code measured} false for warm-up issues (counted, not reported). */
    void accepted(long intendedNanos, boolean measured) {
        accepted.add(new long[] {intendedNanos, measured ? 1 : 0});
    }

    /** Waits up to {@code wait} for every accepted issue to be counted, then computes the lags. */
    Result finish(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        long expected = accepted.size();
        while (System.nanoTime() < deadline && lastGrown() < expected) {
            sleep(every.toMillis());
        }
        reader.interrupt();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[][] issues = accepted.toArray(new long[0][]);
        Arrays.sort(issues, (a, b) -> Long.compare(a[0], b[0]));
        List<Reading> ordered = new ArrayList<>(readings);
        ordered.sort((a, b) -> Long.compare(a.at(), b.at()));
        var histogram = new Histogram(3_600_000_000L, 3);
        long notCounted = 0;
        int r = 0;
        for (int j = 0; j < issues.length; j++) {
            while (r < ordered.size() && ordered.get(r).grown() < j + 1) {
                r++;
            }
            if (issues[j][1] == 0) {
                continue;
            }
            if (r == ordered.size()) {
                notCounted++;
                continue;
            }
            histogram.recordValue(Math.max(0, ordered.get(r).at() - issues[j][0]) / 1_000);
        }
        return new Result(Percentiles.of(histogram), histogram.getTotalCount(), notCounted, every);
    }

    private long lastGrown() {
        long grown = 0;
        for (Reading reading : readings) {
            grown = Math.max(grown, reading.grown());
        }
        return grown;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
