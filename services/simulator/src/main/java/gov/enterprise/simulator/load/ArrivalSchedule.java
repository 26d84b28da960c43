package gov.enterprise.simulator.load;

/**
 * The fixed schedule of an open-loop run: request {@code i} is due at {@code start + i / rate}, computed from its
 * index rather than by adding a period to the previous send time, so rounding never accumulates into drift and a
 * late send never pushes the following ones back. Requests due before the end of the warm-up are not recorded.
 */
public final class ArrivalSchedule {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long start;
    private final double rate;
    private final long warmupRequests;
    private final long measuredRequests;

    public ArrivalSchedule(long startNanos, LoadPlan plan) {
        this.start = startNanos;
        this.rate = plan.ratePerSecond();
        // requests due strictly before the end of the warm-up / of the measured phase
        this.warmupRequests = dueBefore(plan.warmup().toNanos());
        long dueBeforeEnd = dueBefore(plan.warmup().plus(plan.duration()).toNanos());
        this.measuredRequests = Math.min(plan.maxRequests(), dueBeforeEnd - warmupRequests);
    }

    private long dueBefore(long offsetNanos) {
        // smallest i with i / rate >= offset, i.e. the count of indices due before the offset
        return (long) Math.ceil(offsetNanos * rate / NANOS_PER_SECOND - 1e-9);
    }

    /** When request {@code index} is due: its intended send time, from which its latency is measured. */
    public long intendedNanos(long index) {
        return start + Math.round(index * (NANOS_PER_SECOND / rate));
    }

    public long warmupRequests() {
        return warmupRequests;
    }

    public long measuredRequests() {
        return measuredRequests;
    }

    public long totalRequests() {
        return warmupRequests + measuredRequests;
    }

    public boolean isMeasured(long index) {
        return index >= warmupRequests;
    }

    public long start() {
        return start;
    }
}
