package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.resource.ResourceMonitor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resource figures in words, for results and for "where the time goes". */
final class Resources {

    private Resources() {
    }

    static String megabytes(long kilobytes) {
        return String.format(Locale.ROOT, "%,.0f MB", kilobytes / 1024.0);
    }

    /**
     * Adds "where the CPU went" (share per component) as a note, and what the load generator itself used beside the
     * stack: on two shared cores that is CPU the stack did not get.
     */
    static void describe(ScenarioResult result, String during, ResourceMonitor.Usage usage) {
        if (usage.totalCpuSeconds() <= 0) {
            return;
        }
        var text = new StringBuilder("CPU during " + during + String.format(Locale.ROOT,
                " (%.1f s of CPU in %.1f s): ", usage.totalCpuSeconds(), usage.wallSeconds()));
        usage.cpuShare().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> text.append(String.format(Locale.ROOT, "%s %.0f%%, ", entry.getKey(),
                        entry.getValue() * 100)));
        text.setLength(text.length() - 2);
        if (usage.generatorCpuSeconds() > 0) {
            text.append(String.format(Locale.ROOT, "; the load generator besides: %.1f s",
                    usage.generatorCpuSeconds()));
        }
        result.note(text.toString());
    }

    /**
     * The stack's CPU time per request of a load run, whole and per component, largest first, and the load
     * generator's beside it; empty when no stack process was found (a stack this machine does not run). Work a run
     * leaves behind (events still being consumed when it ends) falls partly in the next run; at a steady rate about as
     * much came in from the run before.
     */
    static Optional<String> perRequest(ResourceMonitor.Usage usage, long requests) {
        if (usage.totalCpuSeconds() <= 0 || requests <= 0) {
            return Optional.empty();
        }
        var text = new StringBuilder(String.format(Locale.ROOT, "stack CPU per request sent: %.2f ms (",
                usage.totalCpuSeconds() * 1000 / requests));
        usage.cpuSeconds().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> text.append(String.format(Locale.ROOT, "%s %.2f, ", entry.getKey(),
                        entry.getValue() * 1000 / requests)));
        text.setLength(text.length() - 2);
        text.append(String.format(Locale.ROOT, "); load generator %.2f ms",
                usage.generatorCpuSeconds() * 1000 / requests));
        return Optional.of(text.toString());
    }
}
