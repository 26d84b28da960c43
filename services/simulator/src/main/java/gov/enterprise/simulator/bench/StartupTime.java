package gov.enterprise.simulator.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time: {@code ./stack down}, then the time {@code ./stack up -d} takes until every service is ready
 * (built jars, data kept: a restart, as after a reboot). The infrastructure's own share comes from its ready file.
 */
final class StartupTime {

    static final double TARGET_SECONDS = 90;

    private StartupTime() {
    }

    static ScenarioResult measure(Bench bench) {
        Path repository = bench.repository();
        Path log = repository.resolve(".stack/logs/bench-startup.log");
        run(repository, log, 120, "./stack", "down");
        long started = System.nanoTime();
        run(repository, log, 600, "./stack", "up", "-d");
        return of((System.nanoTime() - started) / 1e9, false, repository);
    }

    /** The figure for a start measured elsewhere ({@code ./stack bench} times its own {@code ./stack up -d}). */
    static ScenarioResult of(double seconds, boolean fresh, Path repository) {
        var result = new ScenarioResult("start-up");
        result.figure("start-up time (./stack up -d until every service is ready; "
                        + (fresh ? "first start on empty data" : "built, data kept") + ")",
                String.format(Locale.ROOT, "%.1f s", seconds), "< 90 s", Verdicts.atMost(seconds, TARGET_SECONDS,
                        " s"));
        infraMillis(repository).ifPresent(ms -> result.note("of which Kafka and PostgreSQL: " + ms + " ms"));
        return result;
    }

    /** The infrastructure's own start-up, from its READY line (the ready file or, where it is not, the log). */
    private static java.util.Optional<String> infraMillis(Path repository) {
        for (Path file : List.of(repository.resolve(".stack/infra.ready"), repository.resolve(".stack/logs/infra.log"))) {
            try {
                Matcher matcher = Pattern.compile("startup-ms=(\\d+)").matcher(Files.readString(file));
                if (matcher.find()) {
                    return java.util.Optional.of(matcher.group(1));
                }
            } catch (IOException | RuntimeException e) {
                // not there: try the next
            }
        }
        return java.util.Optional.empty();
    }

    private static void run(Path directory, Path log, long timeoutSeconds, String... command) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds
                        + " s (see " + log + ")");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (see " + log + ")");
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
