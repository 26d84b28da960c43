package gov.enterprise.simulator.resource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Waits until the stack has worked off what the previous load left behind. An overloaded run leaves thousands of
 * events in the topics; the next scenario started at once would measure its own requests competing with that
 * backlog. "Quiet" is the whole stack's CPU (every process {@link StackProcesses} finds, PostgreSQL included) staying
 * under a threshold for one window: what an idle stack burns (pollers, relays, schedulers) is about 0.1–0.2 cores.
 */
public final class QuietStack {

    /** Under this the stack counts as quiet: an idle stack burns 0.1–0.2 cores. */
    public static final double QUIET_CORES = 0.4;
    /** The stack's CPU is averaged over windows this long. */
    public static final Duration WINDOW = Duration.ofSeconds(5);
    /** How long to wait at most before a run starts anyway. */
    public static final Duration PATIENCE = Duration.ofMinutes(4);

    /** How long the wait took, the stack's CPU over the last window, and whether it fell under the threshold. */
    public record Wait(double seconds, double cores, boolean quiet, double maxCores) {

        /** One line for the run's output and the suite's notes. */
        public String describe() {
            return quiet ? String.format(Locale.ROOT, "%.0f s until the stack was quiet (%.2f cores)", seconds, cores)
                    : String.format(Locale.ROOT, "the stack was not quiet after %.0f s (%.2f cores, more than %.2f):"
                    + " the run started anyway", seconds, cores, maxCores);
        }
    }

    private final LongSupplier cpuTicks;
    private final long ticksPerSecond;
    private final Sleeper sleeper;

    /** Pauses the caller; a seam so the waiting logic can be tested without waiting. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public QuietStack(StackProcesses processes) {
        this(() -> total(processes.cpu()), StackProcesses.ticksPerSecond(), Thread::sleep);
    }

    QuietStack(LongSupplier cpuTicks, long ticksPerSecond, Sleeper sleeper) {
        this.cpuTicks = cpuTicks;
        this.ticksPerSecond = ticksPerSecond;
        this.sleeper = sleeper;
    }

    /**
     * Measures the stack's CPU window after window until one averages under {@code maxCores}, or {@code timeout} has
     * passed (then the last window's figure is returned with {@code quiet} false: the caller goes on and says so).
     */
    public Wait await(double maxCores, Duration window, Duration timeout) {
        long windows = Math.max(1, timeout.toMillis() / Math.max(1, window.toMillis()));
        double seconds = 0;
        double cores = Double.NaN;
        long before = cpuTicks.getAsLong();
        for (long n = 0; n < windows; n++) {
            try {
                sleeper.sleep(window);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the stack to go quiet", e);
            }
            long after = cpuTicks.getAsLong();
            seconds += window.toMillis() / 1000.0;
            cores = Math.max(0, after - before) / (double) ticksPerSecond / (window.toMillis() / 1000.0);
            before = after;
            if (cores < maxCores) {
                return new Wait(seconds, cores, true, maxCores);
            }
        }
        return new Wait(seconds, cores, false, maxCores);
    }

    private static long total(List<ProcessSample> samples) {
        return samples.stream().mapToLong(ProcessSample::cpuTicks).sum();
    }
}
