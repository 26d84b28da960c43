package gov.enterprise.simulator.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes inside the stack's JVMs: a Java Flight Recording ({@code jcmd <pid> JFR.start}, settings
 * "profile") of every service while a scenario runs, then the hottest methods of each: the top frames (where the CPU
 * is spent) and the first frames of our own code (which of our paths leads there).
 *
 * <p>The samples are CPU-time samples ({@code jdk.CPUTimeSample}, JDK 25 on Linux) where the JVM has them: they are
 * taken per CPU time a thread used, so a thread in a system call (a socket write to PostgreSQL) counts, and a virtual
 * thread waiting for a connection does not. Older JVMs fall back to execution samples. The JVM's own threads are
 * not sampled; what they did is reported beside: the time the JIT compilers spent compiling (their threads' wall
 * time, so on a busy machine an upper bound of their CPU) and the garbage collector's CPU.
 */
public final class Profiler {

    /** The hottest methods of one JVM, with their share of its samples. */
    public record Hotspots(String component, long samples, String sampleKind, Map<String, Double> topFrames,
                           Map<String, Double> ownCode, double jitSeconds, double gcCpuSeconds, Path recording) {
    }

    private static final String CPU_TIME_SAMPLE = "jdk.CPUTimeSample";
    private static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";

    private static final String NAME = "bench-profile";

    private final Map<String, Long> jvms;
    private final Path directory;
    private final Path jcmd;

    /** @param jvms component -> pid of the JVMs to record (PostgreSQL is not a JVM and is left out) */
    public Profiler(Map<String, Long> jvms, Path directory) {
        this.jvms = jvms;
        this.directory = directory;
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    }

    public void start() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + directory, e);
        }
        jvms.forEach((component, pid) -> jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile",
                "+" + CPU_TIME_SAMPLE + "#enabled=true", "+" + CPU_TIME_SAMPLE + "#throttle=10ms",
                "filename=" + recording(component)));
    }

    /** Stops the recordings and reads them; a JVM whose recording failed is left out. */
    public List<Hotspots> stop(int top) {
        var hotspots = new ArrayList<Hotspots>();
        jvms.forEach((component, pid) -> {
            jcmd(pid, "JFR.stop", "name=" + NAME);
            Path file = recording(component);
            if (Files.exists(file)) {
                hotspots.add(read(component, file, top));
            }
        });
        return hotspots;
    }

    private Path recording(String component) {
        return directory.resolve(component + ".jfr");
    }

    static Hotspots read(String component, Path file, int top) {
        var samples = new HashMap<String, List<List<RecordedFrame>>>();
        double firstCompileMillis = -1;
        double lastCompileMillis = 0;
        double gcCpuSeconds = 0;
        try (var recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                switch (type) {
                    case CPU_TIME_SAMPLE, EXECUTION_SAMPLE -> {
                        if (event.getStackTrace() != null && !event.getStackTrace().getFrames().isEmpty()) {
                            samples.computeIfAbsent(type, t -> new ArrayList<>())
                                    .add(event.getStackTrace().getFrames());
                        }
                    }
                    case "jdk.CompilerStatistics" -> {
                        // cumulative since the JVM started: the recording's share is last minus first
                        double spent = event.getDuration("totalTimeSpent").toNanos() / 1e6;
                        firstCompileMillis = firstCompileMillis < 0 ? spent : Math.min(firstCompileMillis, spent);
                        lastCompileMillis = Math.max(lastCompileMillis, spent);
                    }
                    case "jdk.GCCPUTime" -> gcCpuSeconds += (event.getDuration("userTime").toNanos()
                            + event.getDuration("systemTime").toNanos()) / 1e9;
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String kind = samples.containsKey(CPU_TIME_SAMPLE) ? CPU_TIME_SAMPLE : EXECUTION_SAMPLE;
        List<List<RecordedFrame>> stacks = samples.getOrDefault(kind, List.of());
        var frames = new HashMap<String, Long>();
        var own = new HashMap<String, Long>();
        for (List<RecordedFrame> stack : stacks) {
            frames.merge(name(stack.getFirst()), 1L, Long::sum);
            for (RecordedFrame frame : stack) {
                if (frame.getMethod().getType().getName().startsWith("gov.enterprise.")) {
                    own.merge(name(frame), 1L, Long::sum);
                    break;
                }
            }
        }
        double jitSeconds = firstCompileMillis < 0 ? 0 : (lastCompileMillis - firstCompileMillis) / 1000;
        return new Hotspots(component, stacks.size(), kind, shares(frames, stacks.size(), top),
                shares(own, stacks.size(), top), jitSeconds, gcCpuSeconds, file);
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static Map<String, Double> shares(Map<String, Long> counts, long total, int top) {
        var shares = new LinkedHashMap<String, Double>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(entry -> shares.put(entry.getKey(), total == 0 ? 0 : entry.getValue() / (double) total));
        return shares;
    }

    private void jcmd(long pid, String... command) {
        var arguments = new ArrayList<String>(List.of(jcmd.toString(), Long.toString(pid)));
        arguments.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + String.join(" ", command) + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("jcmd: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
