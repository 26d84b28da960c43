package gov.enterprise.simulator.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Records the measured requests of a run, in microseconds, from any thread:
 * <ul>
 *   <li><b>response time</b>, from the <em>intended</em> send time to the answer: what a user arriving on schedule
 *   waits, queueing in the generator and the system included. This is the figure reported.</li>
 *   <li><b>service time</b>, from the actual send to the answer: what a closed-loop tool would report. Kept only to
 *   show how much a stall would hide if latency were measured that way (coordinated omission).</li>
 *   <li>the <b>send lag</b> of every request (actual minus intended send time), so a run whose generator could not
 *   keep its schedule says so.</li>
 * </ul>
 * Every answer counts, failures too: an error answered fast is not allowed to make the histogram look better or
 * worse than what was seen; errors are also counted by outcome.
 */
public final class LatencyRecorder {

    /** One hour: anything slower is recorded as one hour and counted as clamped. */
    static final long HIGHEST_MICROS = 3_600_000_000L;

    private final ConcurrentHistogram responseTime = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final ConcurrentHistogram serviceTime = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final ConcurrentHistogram sendLag = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder successes = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final AtomicLong clamped = new AtomicLong();
    private final AtomicLong firstAnswer = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastAnswer = new AtomicLong(Long.MIN_VALUE);

    /** Times in nanoseconds of the same ticker; the outcome says how the request ended. */
    public void record(long intendedNanos, long sentNanos, long answeredNanos, Outcome outcome) {
        responseTime.recordValue(micros(answeredNanos - intendedNanos));
        serviceTime.recordValue(micros(answeredNanos - sentNanos));
        sendLag.recordValue(micros(sentNanos - intendedNanos));
        outcomes.computeIfAbsent(outcome.label(), label -> new LongAdder()).increment();
        (outcome.success() ? successes : failures).increment();
        firstAnswer.accumulateAndGet(answeredNanos, Math::min);
        lastAnswer.accumulateAndGet(answeredNanos, Math::max);
    }

    private long micros(long nanos) {
        long micros = Math.max(0, nanos) / 1_000;
        if (micros > HIGHEST_MICROS) {
            clamped.incrementAndGet();
            return HIGHEST_MICROS;
        }
        return micros;
    }

    public Percentiles responseTime() {
        return Percentiles.of(responseTime);
    }

    public Percentiles serviceTime() {
        return Percentiles.of(serviceTime);
    }

    public Percentiles sendLag() {
        return Percentiles.of(sendLag);
    }

    /** A copy of the response-time histogram (for merging runs or writing the full distribution). */
    public Histogram responseTimeHistogram() {
        return responseTime.copy();
    }

    /** A copy of the service-time histogram (the closed-loop view). */
    public Histogram serviceTimeHistogram() {
        return serviceTime.copy();
    }

    public long successes() {
        return successes.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public long clamped() {
        return clamped.get();
    }

    /** Requests by outcome label, in label order. */
    public Map<String, Long> outcomes() {
        var copy = new TreeMap<String, Long>();
        outcomes.forEach((label, count) -> copy.put(label, count.sum()));
        return copy;
    }

    /** Nanoseconds between the first and the last recorded answer (0 with fewer than two). */
    public long answerSpanNanos() {
        long first = firstAnswer.get();
        long last = lastAnswer.get();
        return last > first ? last - first : 0;
    }
}
