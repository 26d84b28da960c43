package gov.enterprise.simulator.resource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the stack while a scenario runs: the CPU time used between {@link #start()} and {@link #stop()}, and beside
 * it the CPU time of this process, the load generator, which shares the cores with the stack. A monitor
 * {@link #withMemory} also samples memory every second and keeps each component's and the whole stack's peak; a
 * sample costs the machine 20-50 ms of CPU (see {@link StackProcesses#cpu()}), so only the memory figure's run
 * takes them, and the others read CPU times at start and stop only.
 */
public final class ResourceMonitor implements AutoCloseable {

    /** What the stack used over the watched interval. */
    public record Usage(Map<String, Long> peakPssKb, Map<String, Long> peakRssKb, long peakTotalPssKb,
                        long peakTotalRssKb, Map<String, Double> cpuSeconds, double totalCpuSeconds,
                        double wallSeconds, double generatorCpuSeconds) {

        /** Each component's share of the CPU time used, for "where the time goes". */
        public Map<String, Double> cpuShare() {
            var share = new LinkedHashMap<String, Double>();
            cpuSeconds.forEach((name, seconds) -> share.put(name, totalCpuSeconds == 0 ? 0 : seconds / totalCpuSeconds));
            return share;
        }
    }

    private final StackProcesses processes;
    private final boolean memory;
    private final long ticksPerSecond;
    private final Map<String, Long> peakPss = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    private long peakTotalPss;
    private long peakTotalRss;
    private Map<String, ProcessSample> first;
    private long startedAt;
    private Duration generatorCpuAtStart;
    private Thread sampler;

    /** CPU times only. */
    public ResourceMonitor(StackProcesses processes) {
        this(processes, false);
    }

    private ResourceMonitor(StackProcesses processes, boolean memory) {
        this.processes = processes;
        this.memory = memory;
        this.ticksPerSecond = StackProcesses.ticksPerSecond();
    }

    /** CPU times, and memory every second with its peaks. */
    public static ResourceMonitor withMemory(StackProcesses processes) {
        return new ResourceMonitor(processes, true);
    }

    public ResourceMonitor start() {
        first = StackProcesses.byComponent(sampleAndKeepPeaks());
        startedAt = System.nanoTime();
        generatorCpuAtStart = generatorCpu();
        if (!memory) {
            return this;
        }
        sampler = Thread.ofPlatform().daemon().name("resource-monitor").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1_000);
                    sampleAndKeepPeaks();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return this;
    }

    public Usage stop() {
        close();
        Map<String, ProcessSample> last = StackProcesses.byComponent(sampleAndKeepPeaks());
        var cpu = new LinkedHashMap<String, Double>();
        double total = 0;
        for (var entry : last.entrySet()) {
            ProcessSample before = first.get(entry.getKey());
            long ticks = entry.getValue().cpuTicks() - (before == null ? 0 : before.cpuTicks());
            double seconds = Math.max(0, ticks) / (double) ticksPerSecond;
            cpu.put(entry.getKey(), seconds);
            total += seconds;
        }
        synchronized (this) {
            return new Usage(Map.copyOf(peakPss), Map.copyOf(peakRss), peakTotalPss, peakTotalRss, cpu, total,
                    (System.nanoTime() - startedAt) / 1e9,
                    generatorCpu().minus(generatorCpuAtStart).toNanos() / 1e9);
        }
    }

    private List<ProcessSample> sampleAndKeepPeaks() {
        if (!memory) {
            return processes.cpu();
        }
        List<ProcessSample> samples = processes.sample();
        synchronized (this) {
            long totalPss = 0;
            long totalRss = 0;
            for (ProcessSample sample : samples) {
                peakPss.merge(sample.component(), sample.pssKb(), Math::max);
                peakRss.merge(sample.component(), sample.rssKb(), Math::max);
                totalPss += sample.pssKb();
                totalRss += sample.rssKb();
            }
            peakTotalPss = Math.max(peakTotalPss, totalPss);
            peakTotalRss = Math.max(peakTotalRss, totalRss);
        }
        return samples;
    }

    /** This process's CPU time so far (zero where the platform does not tell). */
    private static Duration generatorCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        if (sampler != null) {
            sampler.interrupt();
            try {
                sampler.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
