package gov.enterprise.simulator.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local stack's processes as Linux shows them: the pid files {@code ./stack} writes ({@code .stack/pids/*.pid}),
 * each with every descendant, and PostgreSQL ("postgres": the postmaster named in its data directory's
 * {@code postmaster.pid}, with its backends), which {@code pg_ctl} detaches from the infrastructure JVM that starts
 * it (so "infra" is the Kafka broker's JVM).
 * Memory from {@code /proc/<pid>/status} (VmRSS) and {@code /proc/<pid>/smaps_rollup} (Pss), CPU time from
 * {@code /proc/<pid>/stat}.
 */
public final class StackProcesses {

    private final Path pidDirectory;
    private final Path postmasterPid;
    private final Path proc;

    public StackProcesses(Path stackDirectory) {
        this(stackDirectory.resolve("pids"), stackDirectory.resolve("postgres/postmaster.pid"), Path.of("/proc"));
    }

    StackProcesses(Path pidDirectory, Path postmasterPid, Path proc) {
        this.pidDirectory = pidDirectory;
        this.postmasterPid = postmasterPid;
        this.proc = proc;
    }

    /** Components by name (file name without {@code .pid}) with their running pid; empty if the stack is down. */
    public Map<String, Long> components() {
        var components = new TreeMap<String, Long>();
        if (!Files.isDirectory(pidDirectory)) {
            return components;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pidDirectory, "*.pid")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                long pid = Long.parseLong(Files.readString(file).strip());
                if (Files.isDirectory(proc.resolve(Long.toString(pid)))) {
                    components.put(name, pid);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + pidDirectory + ": " + e.getMessage(), e);
        }
        if (!components.isEmpty() && Files.isReadable(postmasterPid)) {
            try {
                long pid = Long.parseLong(Files.readAllLines(postmasterPid).getFirst().strip());
                if (Files.isDirectory(proc.resolve(Long.toString(pid)))) {
                    components.put("postgres", pid);
                }
            } catch (IOException | RuntimeException e) {
                // PostgreSQL stopping or starting: not counted in this sample
            }
        }
        return components;
    }

    /** A sample of every running component, in name order: memory and CPU time. */
    public List<ProcessSample> sample() {
        return sample(true);
    }

    /**
     * CPU time only (memory reads as zero): {@code /proc/<pid>/stat} alone. What a load run's CPU figures need, at a
     * small part of the cost: reading {@code smaps_rollup} walks the whole address space of every process (20-50 ms of
     * CPU for the stack's 54 processes on the two-core machine, charged to the reader) and holds each one's memory-map
     * lock meanwhile.
     */
    public List<ProcessSample> cpu() {
        return sample(false);
    }

    private List<ProcessSample> sample(boolean memory) {
        Map<Long, List<Long>> children = childrenByParent();
        var samples = new ArrayList<ProcessSample>();
        for (var component : components().entrySet()) {
            long rss = 0;
            long pss = 0;
            long ticks = 0;
            int count = 0;
            for (long pid : tree(component.getValue(), children)) {
                String stat = read(pid, "stat");
                if (stat == null) {
                    continue;
                }
                count++;
                ticks += cpuTicks(stat);
                if (memory) {
                    String status = read(pid, "status");
                    long resident = status == null ? 0 : kilobytes(status, "VmRSS:");
                    String rollup = read(pid, "smaps_rollup");
                    rss += resident;
                    pss += rollup == null ? resident : kilobytes(rollup, "Pss:");
                }
            }
            samples.add(new ProcessSample(component.getKey(), rss, pss, ticks, count));
        }
        return samples;
    }

    private List<Long> tree(long root, Map<Long, List<Long>> children) {
        var all = new ArrayList<Long>();
        var pending = new ArrayList<Long>(List.of(root));
        while (!pending.isEmpty()) {
            long pid = pending.removeLast();
            all.add(pid);
            pending.addAll(children.getOrDefault(pid, List.of()));
        }
        return all;
    }

    private Map<Long, List<Long>> childrenByParent() {
        var children = new HashMap<Long, List<Long>>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path entry : entries) {
                String stat = readFile(entry.resolve("stat"));
                if (stat == null) {
                    continue;
                }
                String[] fields = afterCommand(stat);
                if (fields.length > 1) {
                    long pid = Long.parseLong(entry.getFileName().toString());
                    children.computeIfAbsent(Long.parseLong(fields[1]), parent -> new ArrayList<>()).add(pid);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + proc, e);
        }
        return children;
    }

    /** Fields after the command name (which may hold spaces): [0] = state, [1] = ppid, ... [11] = utime. */
    private static String[] afterCommand(String stat) {
        int close = stat.lastIndexOf(')');
        return stat.substring(close + 2).trim().split("\\s+");
    }

    static long cpuTicks(String stat) {
        if (stat == null) {
            return 0;
        }
        String[] fields = afterCommand(stat);
        // stat fields 14..17 (utime, stime, cutime, cstime) are 11..14 after the command
        long total = 0;
        for (int i = 11; i <= 14 && i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return total;
    }

    static long kilobytes(String text, String key) {
        for (String line : text.split("\n")) {
            if (line.startsWith(key)) {
                String[] parts = line.substring(key.length()).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        return 0;
    }

    private String read(long pid, String file) {
        return readFile(proc.resolve(Long.toString(pid)).resolve(file));
    }

    private static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Clock ticks per second for CPU times ({@code getconf CLK_TCK}; 100 on Linux in practice). */
    public static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            getconf.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** Name -> sample, for lookups. */
    public static Map<String, ProcessSample> byComponent(List<ProcessSample> samples) {
        var map = new LinkedHashMap<String, ProcessSample>();
        samples.forEach(sample -> map.put(sample.component(), sample));
        return map;
    }
}
