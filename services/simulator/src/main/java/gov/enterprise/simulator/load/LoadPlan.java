package gov.enterprise.simulator.load;

import java.time.Duration;

/**
 * One open-loop run: requests at a constant arrival rate, first a warm-up whose answers are not recorded, then the
 * measured phase, bounded both by time and by a request count; then at most {@code drainTimeout} to collect the
 * answers still outstanding.
 *
 * @param ratePerSecond arrivals per second (constant; the schedule never adapts to the target's speed)
 * @param warmup        time at the same rate before recording starts (JIT, connection pools, caches)
 * @param duration      the measured phase
 * @param maxRequests   at most this many measured requests, even if {@code duration} is not over
 * @param maxInFlight   a bound on outstanding requests (memory, sockets); when reached the generator waits, and the
 *                      wait is part of the latency of every request it delays
 * @param drainTimeout  how long to wait for the last answers; a request still unanswered then is recorded as
 *                      {@code no-answer} with the latency it had reached
 */
public record LoadPlan(double ratePerSecond, Duration warmup, Duration duration, long maxRequests, int maxInFlight,
                       Duration drainTimeout) {

    /** A run may not be longer than this, whatever it is asked: the generator always stops by itself. */
    public static final Duration LONGEST_RUN = Duration.ofMinutes(30);
    public static final double HIGHEST_RATE = 100_000;

    public LoadPlan {
        if (!(ratePerSecond > 0) || ratePerSecond > HIGHEST_RATE) {
            throw new IllegalArgumentException("rate must be in (0, " + (long) HIGHEST_RATE + "] per second");
        }
        if (warmup.isNegative() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("warm-up must be >= 0 and duration > 0");
        }
        if (warmup.plus(duration).plus(drainTimeout).compareTo(LONGEST_RUN) > 0) {
            throw new IllegalArgumentException("warm-up + duration + drain must not exceed " + LONGEST_RUN);
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be at least 1");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
    }

    /**
     * A plan with the usual bounds: 4,000 outstanding requests (each one a connection to the edge: well within the
     * file descriptors of both sides), 10 s to drain.
     */
    public static LoadPlan of(double ratePerSecond, Duration warmup, Duration duration) {
        return new LoadPlan(ratePerSecond, warmup, duration, Long.MAX_VALUE, 4_000, Duration.ofSeconds(10));
    }

    public LoadPlan withMaxRequests(long max) {
        return new LoadPlan(ratePerSecond, warmup, duration, max, maxInFlight, drainTimeout);
    }

    public LoadPlan withMaxInFlight(int max) {
        return new LoadPlan(ratePerSecond, warmup, duration, maxRequests, max, drainTimeout);
    }

    public LoadPlan withDrainTimeout(Duration timeout) {
        return new LoadPlan(ratePerSecond, warmup, duration, maxRequests, maxInFlight, timeout);
    }
}
