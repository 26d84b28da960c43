package gov.enterprise.simulator.load;

import java.util.Map;

/**
 * What one run measured. Latencies are from the intended send time ({@link #responseTime()}); {@link #serviceTime()}
 * is the closed-loop view, kept for comparison only.
 *
 * @param scheduled   measured requests the schedule held
 * @param sent        requests actually sent, warm-up included
 * @param notSent     requests never sent because the run's time was up (recorded as {@code not-sent})
 * @param warmupAnswers answers to warm-up requests (not recorded)
 * @param wallNanos   from the first scheduled send to the end of the drain
 */
public record LoadResult(LoadPlan plan, long scheduled, long sent, long notSent, long warmupAnswers,
                         LatencyRecorder recorder, long wallNanos) {

    public Percentiles responseTime() {
        return recorder.responseTime();
    }

    public Percentiles serviceTime() {
        return recorder.serviceTime();
    }

    public Percentiles sendLag() {
        return recorder.sendLag();
    }

    public Map<String, Long> outcomes() {
        return recorder.outcomes();
    }

    public long recorded() {
        return recorder.successes() + recorder.failures();
    }

    public long failures() {
        return recorder.failures();
    }

    public double errorRate() {
        long recorded = recorded();
        return recorded == 0 ? 0 : (double) recorder.failures() / recorded;
    }

    /** Successful answers per second of the measured phase (what the system actually delivered). */
    public double achievedRate() {
        return recorder.successes() / (plan.duration().toNanos() / 1e9);
    }

    /** Whether p99 stayed under the bound with at most {@code maxErrorRate} failures (and something was measured). */
    public boolean meets(long p99Micros, double maxErrorRate) {
        return recorded() > 0 && responseTime().p99() < p99Micros && errorRate() <= maxErrorRate;
    }

    /** {@code 202=1500, 503=2} */
    public String outcomeSummary() {
        var text = new StringBuilder();
        outcomes().forEach((label, count) -> text.append(text.isEmpty() ? "" : ", ").append(label).append('=')
                .append(count));
        return text.toString();
    }
}
