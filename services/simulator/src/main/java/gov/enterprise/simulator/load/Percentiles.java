package gov.enterprise.simulator.load;

import org.HdrHistogram.AbstractHistogram;

/** The percentiles every report shows, in microseconds, from one histogram. */
public record Percentiles(long count, long p50, long p90, long p99, long p999, long max, double mean) {

    public static final Percentiles EMPTY = new Percentiles(0, 0, 0, 0, 0, 0, 0);

    public static Percentiles of(AbstractHistogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return EMPTY;
        }
        return new Percentiles(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(90), histogram.getValueAtPercentile(99),
                histogram.getValueAtPercentile(99.9), histogram.getMaxValue(), histogram.getMean());
    }

    public static String millis(long micros) {
        if (micros >= 100_000) {
            return Long.toString(Math.round(micros / 1000.0));
        }
        return String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0);
    }

    /** {@code p50 1.2 / p90 3.4 / p99 8.0 / p99.9 12 / max 40 ms}. */
    @Override
    public String toString() {
        return "p50 " + millis(p50) + " / p90 " + millis(p90) + " / p99 " + millis(p99) + " / p99.9 " + millis(p999)
                + " / max " + millis(max) + " ms (n=" + count + ")";
    }
}
