package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.load.LoadTarget;
import gov.enterprise.simulator.load.OpenLoopGenerator;
import gov.enterprise.simulator.load.Percentiles;
import gov.enterprise.simulator.resource.MachineFacts;
import gov.enterprise.simulator.resource.ResourceMonitor;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Runs one open-loop load and prints what it measured, the same way for every scenario: the latencies, and what the
 * whole stack spent on each request of the run (warm-up included, a scenario's preparation not).
 */
final class LoadRuns {

    private LoadRuns() {
    }

    static LoadResult run(Bench bench, String label, LoadPlan plan, LoadTarget target) {
        PrintStream out = bench.out();
        out.printf(Locale.ROOT, "%s: %.0f/s for %ds after %ds warm-up (load average %s)...%n", label,
                plan.ratePerSecond(), plan.duration().toSeconds(), plan.warmup().toSeconds(),
                MachineFacts.loadAverage());
        var monitor = new ResourceMonitor(bench.processes()).start();
        LoadResult result;
        ResourceMonitor.Usage usage;
        try {
            result = new OpenLoopGenerator().run(plan, target);
        } finally {
            usage = monitor.stop();
        }
        out.println("  " + describe(result));
        Resources.perRequest(usage, result.sent()).ifPresent(cost -> out.println("  " + cost));
        requireService(label, result);
        return result;
    }

    static String describe(LoadResult result) {
        Percentiles latency = result.responseTime();
        return String.format(Locale.ROOT, "latency %s; achieved %.1f/s; errors %d (%.2f%%) [%s]; "
                        + "closed-loop view p99 %s ms; send lag max %s ms", latency, result.achievedRate(),
                result.failures(), result.errorRate() * 100, result.outcomeSummary(),
                Percentiles.millis(result.serviceTime().p99()), Percentiles.millis(result.sendLag().max()));
    }

    /**
     * A run whose requests all failed with 404/405 (no such endpoint), 502/503 (the edge could not reach the service)
     * or a refused connection never reached the service: report it as not available rather than as figures.
     */
    private static void requireService(String label, LoadResult result) {
        long recorded = result.recorded();
        if (recorded == 0) {
            return;
        }
        long missing = result.outcomes().entrySet().stream()
                .filter(entry -> java.util.Set.of("404", "405", "502", "503", "connect-refused")
                        .contains(entry.getKey()))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        if (missing == recorded) {
            throw new ServiceUnavailableException("the service behind '" + label + "'", "every request answered "
                    + result.outcomeSummary());
        }
    }
}
