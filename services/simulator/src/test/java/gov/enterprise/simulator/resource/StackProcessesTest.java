package gov.enterprise.simulator.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackProcessesTest {

    @Test
    void cpuTimeIsUserPlusSystemPlusReapedChildrenEvenWithSpacesInTheCommand() {
        String stat = "4242 (java main thread) S 1 4242 4242 0 -1 4194560 5000 0 0 0 150 30 7 3 20 0 40 0 100 "
                + "5000000 20000 18446744073709551615";
        assertThat(StackProcesses.cpuTicks(stat)).isEqualTo(150 + 30 + 7 + 3);
    }

    @Test
    void memoryIsReadInKilobytes() {
        assertThat(StackProcesses.kilobytes("Name:\tjava\nVmRSS:\t  123456 kB\nVmSwap:\t0 kB\n", "VmRSS:"))
                .isEqualTo(123456);
        assertThat(StackProcesses.kilobytes("Rss: 10 kB\nPss: 7 kB\n", "Pss:")).isEqualTo(7);
    }

    @Test
    void aComponentIsItsProcessAndEveryDescendant(@TempDir Path dir) throws IOException {
        Path pids = Files.createDirectories(dir.resolve("pids"));
        Path proc = Files.createDirectories(dir.resolve("proc"));
        process(proc, 100, 1, 1000, 800, 10);
        process(proc, 101, 100, 200, 150, 5);   // a child of the infra JVM
        process(proc, 102, 101, 50, 20, 2);     // and its child
        process(proc, 200, 1, 500, 400, 8);
        process(proc, 300, 1, 40, 30, 4);       // the postmaster, detached by pg_ctl
        process(proc, 301, 300, 20, 10, 1);     // a backend
        Files.writeString(pids.resolve("infra.pid"), "100\n");
        Files.writeString(pids.resolve("edge.pid"), "200\n");
        Files.writeString(pids.resolve("gone.pid"), "999\n");
        Path postmaster = Files.writeString(dir.resolve("postmaster.pid"), "300\n/data\n1700000000\n15432\n");

        var samples = StackProcesses.byComponent(new StackProcesses(pids, postmaster, proc).sample());

        assertThat(samples.keySet()).containsExactly("edge", "infra", "postgres");
        assertThat(samples.get("infra")).isEqualTo(new ProcessSample("infra", 1250, 970, 17, 3));
        assertThat(samples.get("edge")).isEqualTo(new ProcessSample("edge", 500, 400, 8, 1));
        assertThat(samples.get("postgres")).isEqualTo(new ProcessSample("postgres", 60, 40, 5, 2));
    }

    @Test
    void theCpuReadingLeavesMemoryOut(@TempDir Path dir) throws IOException {
        Path pids = Files.createDirectories(dir.resolve("pids"));
        Path proc = Files.createDirectories(dir.resolve("proc"));
        process(proc, 100, 1, 1000, 800, 10);
        process(proc, 101, 100, 200, 150, 5);
        Files.writeString(pids.resolve("infra.pid"), "100\n");
        var processes = new StackProcesses(pids, dir.resolve("no-postmaster.pid"), proc);

        assertThat(processes.cpu()).containsExactly(new ProcessSample("infra", 0, 0, 15, 2));
        assertThat(processes.sample()).containsExactly(new ProcessSample("infra", 1200, 950, 15, 2));
    }

    private static void process(Path proc, int pid, int parent, int rssKb, int pssKb, int ticks) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(Integer.toString(pid)));
        Files.writeString(dir.resolve("stat"), pid + " (p " + pid + ") S " + parent
                + " 0 0 0 -1 0 0 0 0 0 " + ticks + " 0 0 0 20 0 1 0 1 1 1");
        Files.writeString(dir.resolve("status"), "VmRSS:\t" + rssKb + " kB\n");
        Files.writeString(dir.resolve("smaps_rollup"), "Rss: " + rssKb + " kB\nPss: " + pssKb + " kB\n");
    }
}
