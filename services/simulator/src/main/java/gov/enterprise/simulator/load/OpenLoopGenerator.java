package gov.enterprise.simulator.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * An open-loop load generator at a constant arrival rate that does not hide queueing.
 *
 * <p>Closed-loop tools (N workers, each sending its next request when the last one answered) slow down exactly when
 * the system does: during a one-second stall they send nothing, so the stall shows up as one slow sample instead of
 * the hundreds of users who would have waited (coordinated omission). Here every request has its place on a fixed
 * schedule ({@link ArrivalSchedule}), the schedule never waits for answers, and latency is measured from the
 * scheduled time. Whatever delays a request (the server, a full connection pool, the generator itself falling
 * behind, the {@link LoadPlan#maxInFlight} bound) is therefore part of its latency.
 *
 * <p>The run is bounded: the schedule is finite (duration and request count), sending stops at the latest when the
 * whole run's time is up, and answers still outstanding after the drain timeout are recorded as {@code no-answer}
 * with the latency they had reached. Requests the generator never managed to send are recorded as {@code not-sent}
 * with the delay they had accumulated, never dropped.
 */
public final class OpenLoopGenerator {

    static final long CAP_POLL_NANOS = 200_000;
    static final long DRAIN_POLL_NANOS = 10_000_000;

    private final Ticker ticker;

    public OpenLoopGenerator(Ticker ticker) {
        this.ticker = ticker;
    }

    public OpenLoopGenerator() {
        this(Ticker.SYSTEM);
    }

    public LoadResult run(LoadPlan plan, LoadTarget target) {
        return new Run(plan, target).execute();
    }

    private final class Run {

        private final LoadPlan plan;
        private final LoadTarget target;
        private final ArrivalSchedule schedule;
        private final LatencyRecorder recorder = new LatencyRecorder();
        private final Map<Long, Pending> outstanding = new ConcurrentHashMap<>();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final LongAdder warmupAnswers = new LongAdder();
        private final long hardStop;
        private long sent;
        private long notSent;

        Run(LoadPlan plan, LoadTarget target) {
            this.plan = plan;
            this.target = target;
            this.schedule = new ArrivalSchedule(ticker.nanoTime(), plan);
            this.hardStop = schedule.start() + plan.warmup().plus(plan.duration()).plus(plan.drainTimeout()).toNanos();
        }

        LoadResult execute() {
            long total = schedule.totalRequests();
            long index = 0;
            for (; index < total; index++) {
                long intended = schedule.intendedNanos(index);
                ticker.sleepUntil(intended);
                if (!waitForRoom()) {
                    break;
                }
                dispatch(index, intended);
            }
            long stoppedAt = ticker.nanoTime();
            for (; index < total; index++) {
                // never sent because the target held every slot until the run's time was up: these users waited too
                notSent++;
                if (schedule.isMeasured(index)) {
                    long intended = schedule.intendedNanos(index);
                    recorder.record(intended, Math.max(intended, stoppedAt), stoppedAt, Outcome.failure("not-sent"));
                }
            }
            drain();
            long end = ticker.nanoTime();
            return new LoadResult(plan, schedule.measuredRequests(), sent, notSent, warmupAnswers.sum(), recorder,
                    end - schedule.start());
        }

        /** Waits while {@code maxInFlight} requests are outstanding; false if the run's time ran out meanwhile. */
        private boolean waitForRoom() {
            while (inFlight.get() >= plan.maxInFlight()) {
                long now = ticker.nanoTime();
                if (now >= hardStop) {
                    return false;
                }
                ticker.sleepUntil(Math.min(now + CAP_POLL_NANOS, hardStop));
            }
            return ticker.nanoTime() < hardStop;
        }

        private void dispatch(long index, long intended) {
            long sentAt = ticker.nanoTime();
            var pending = new Pending(index, intended, sentAt, schedule.isMeasured(index));
            outstanding.put(index, pending);
            inFlight.incrementAndGet();
            sent++;
            try {
                target.send(index, intended, outcome -> settle(pending, outcome, ticker.nanoTime()));
            } catch (RuntimeException e) {
                settle(pending, Outcome.failure("send-failed"), ticker.nanoTime());
            }
        }

        private void drain() {
            long deadline = Math.min(ticker.nanoTime() + plan.drainTimeout().toNanos(), Math.max(hardStop,
                    ticker.nanoTime()));
            long now;
            while (inFlight.get() > 0 && (now = ticker.nanoTime()) < deadline) {
                ticker.sleepUntil(Math.min(now + DRAIN_POLL_NANOS, deadline));
            }
            long giveUp = ticker.nanoTime();
            for (Pending pending : outstanding.values()) {
                settle(pending, Outcome.NO_ANSWER, giveUp);
            }
        }

        private void settle(Pending pending, Outcome outcome, long answeredAt) {
            if (!pending.settled.compareAndSet(false, true)) {
                return;
            }
            outstanding.remove(pending.index);
            inFlight.decrementAndGet();
            if (pending.measured) {
                recorder.record(pending.intended, pending.sent, answeredAt, outcome);
            } else {
                warmupAnswers.increment();
            }
        }
    }

    private static final class Pending {
        final long index;
        final long intended;
        final long sent;
        final boolean measured;
        final AtomicBoolean settled = new AtomicBoolean();

        Pending(long index, long intended, long sent, boolean measured) {
            this.index = index;
            this.intended = intended;
            this.sent = sent;
            this.measured = measured;
        }
    }
}
