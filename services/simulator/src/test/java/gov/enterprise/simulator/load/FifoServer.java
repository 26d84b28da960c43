package gov.enterprise.simulator.load;

import java.util.function.LongFunction;

/**
 * A fake server on {@link SimulatedTime}: one worker serving requests in arrival order, each taking
 * {@code serviceNanos}, that does nothing at all during a stall (a GC pause, a lock, a checkpoint).
 */
final class FifoServer implements LoadTarget {

    private final SimulatedTime time;
    private final long serviceNanos;
    private final long stallFrom;
    private final long stallUntil;
    private final LongFunction<Outcome> outcomes;
    private long freeAt;
    int received;

    FifoServer(SimulatedTime time, long serviceNanos, long stallFrom, long stallUntil) {
        this(time, serviceNanos, stallFrom, stallUntil, index -> Outcome.status(200, true));
    }

    FifoServer(SimulatedTime time, long serviceNanos, long stallFrom, long stallUntil, LongFunction<Outcome> outcomes) {
        this.time = time;
        this.serviceNanos = serviceNanos;
        this.stallFrom = stallFrom;
        this.stallUntil = stallUntil;
        this.outcomes = outcomes;
    }

    @Override
    public void send(long index, long intendedNanos, Completion completion) {
        received++;
        long begin = Math.max(time.nanoTime(), freeAt);
        if (begin >= stallFrom && begin < stallUntil) {
            begin = stallUntil;
        }
        long end = begin + serviceNanos;
        if (begin < stallFrom && end > stallFrom) {
            end += stallUntil - stallFrom;
        }
        freeAt = end;
        Outcome outcome = outcomes.apply(index);
        time.at(end, () -> completion.complete(outcome));
    }
}
