package gov.enterprise.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LocalInfra as ./stack runs it: a separate JVM, READY on stdout, stopped by SIGTERM. */
class LocalInfraIT {

    @TempDir
    Path stack;

    @Test
    void startsReportsReadyStopsOnSigtermKeepsItsDataAndRecoversFromAKill() throws Exception {
        Process first = launch();
        String ready = awaitReady(first);
        Path readyFile = stack.resolve("infra.ready");

        assertThat(ready).matches("READY postgres=jdbc:postgresql://127\\.0\\.0\\.1:\\d+/ticketing postgres-user=postgres"
                + " kafka=127\\.0\\.0\\.1:\\d+ pid=\\d+ startup-ms=\\d+");
        assertThat(readyFile).exists();
        String jdbcUrl = ready.split(" ")[1].substring("postgres=".length());
        try (var connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("create table kept (id int)");
        }

        first.destroy(); // SIGTERM
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        assertThat(readyFile).doesNotExist();
        assertThat(stack.resolve("postgres/postmaster.pid")).doesNotExist();

        Process second = launch();
        try {
            String readyAgain = awaitReady(second);
            String url = readyAgain.split(" ")[1].substring("postgres=".length());
            try (var connection = DriverManager.getConnection(url, "postgres", "");
                 var rows = connection.createStatement().executeQuery("select count(*) from kept")) {
                assertThat(rows.next()).isTrue();
            }
        } finally {
            second.destroyForcibly(); // kill -9: its PostgreSQL keeps running, orphaned
            second.waitFor(30, TimeUnit.SECONDS);
        }

        Process third = launch();
        try {
            assertThat(awaitReady(third)).as("starts over the orphan of a killed run").startsWith("READY ");
        } finally {
            third.destroy();
            assertThat(third.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(stack.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    private Process launch() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LocalInfra.class.getName(), "--dir", stack.toString(),
                "--pg-port", "0", "--kafka-port", "0", "--controller-port", "0"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String awaitReady(Process process) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var line = CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String ready = line.get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
        assertThat(ready).as("first line of LocalInfra").startsWith("READY ");
        return ready;
    }
}
