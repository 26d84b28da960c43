package gov.enterprise.simulator.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements each service sends to the stack's PostgreSQL while a load runs, from the server's own log:
 * every statement is logged ({@code log_statement = all}) with the application name each service's connections carry,
 * from {@link #start} until {@link #finish}, and the log's new lines are counted per service. Each statement is a round
 * trip, and on two shared cores round trips are where the services' CPU goes (docs/benchmarks.md), so "statements per
 * issue" says how much work an issue costs in every process, and which statements repeat.
 *
 * <p>Needs the stack's server log ({@code logging_collector}, on for the local stack's PostgreSQL).
 */
final class StatementCount {

    // log_line_prefix set for the count: the time (3 fields), the backend's pid, the application name
    private static final String PREFIX = "%m [%p] %a: ";
    private static final Pattern STATEMENT = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[\\d+\\] (.*?): LOG:  (?:statement|execute [^:]*): (.*)$");

    private final String url;
    private final Path logFile;
    private final long offset;

    StatementCount(String url, Path logFile, long offset) {
        this.url = url;
        this.logFile = logFile;
        this.offset = offset;
    }

    /** Starts logging every statement; refuses if the server keeps no log. */
    static StatementCount start(Bench bench) {
        String url = bench.postgresUrl();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            var collector = statement.executeQuery("show logging_collector");
            collector.next();
            if (!"on".equals(collector.getString(1))) {
                throw new IllegalStateException("the stack's PostgreSQL keeps no log (logging_collector is off):"
                        + " restart the stack (./stack down && ./stack up -d)");
            }
            var where = statement.executeQuery("select current_setting('data_directory'), pg_current_logfile()");
            where.next();
            Path file = Path.of(where.getString(1)).resolve(where.getString(2));
            long offset = Files.size(file);
            statement.execute("alter system set log_line_prefix = '" + PREFIX + "'");
            statement.execute("alter system set log_statement = 'all'");
            statement.execute("select pg_reload_conf()");
            return new StatementCount(url, file, offset);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot switch statement logging on: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Statement logging off again, and the count of what was logged since {@link #start}. */
    Result finish() {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("alter system reset log_statement");
            statement.execute("alter system reset log_line_prefix");
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot switch statement logging off: " + e.getMessage(), e);
        }
        return count();
    }

    Result count() {
        var perService = new TreeMap<String, Map<String, Integer>>();
        try (var later = Files.list(logFile.getParent())) {
            // the server starts a new file every 10 MB: the one logging when the count began, and those after it
            List<Path> files = later.filter(file -> file.getFileName().toString().compareTo(
                    logFile.getFileName().toString()) >= 0).sorted().toList();
            for (Path file : files) {
                count(read(file, file.equals(logFile) ? offset : 0), perService);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(perService);
    }

    private static String read(Path path, long from) throws IOException {
        try (var file = new RandomAccessFile(path.toFile(), "r")) {
            file.seek(from);
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void count(String log, Map<String, Map<String, Integer>> perService) {
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = STATEMENT.matcher(lines[i]);
            if (matcher.matches()) {
                String service = matcher.group(1).isBlank() ? "(unnamed)" : matcher.group(1);
                // a statement whose text starts on a new line (one of several sent together) goes on, indented, below
                String first = matcher.group(2).isBlank() && i + 1 < lines.length && lines[i + 1].startsWith("\t")
                        ? lines[i + 1] : matcher.group(2);
                String text = first.replaceAll("\\s+", " ").strip();
                perService.computeIfAbsent(service, s -> new HashMap<>()).merge(text, 1, Integer::sum);
            }
        }
    }

    /** Per service, each statement's text (its first line) and how often it was sent. */
    record Result(Map<String, Map<String, Integer>> perService) {

        int total() {
            return perService.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        }

        /** Statements per {@code unit} ("issue accepted"), of which there were {@code units}. */
        void print(PrintStream out, String unit, long units, int top) {
            out.printf(Locale.ROOT, "statements sent to PostgreSQL per %s (%d): %.1f%n", unit, units,
                    total() / (double) units);
            perService.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, Integer>> e) -> -sum(e.getValue())))
                    .forEach(service -> {
                        out.printf(Locale.ROOT, "  %-20s %6.1f%n", service.getKey(),
                                sum(service.getValue()) / (double) units);
                        service.getValue().entrySet().stream()
                                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                                .forEach(s -> out.printf(Locale.ROOT, "      %6.2f  %s%n", s.getValue() / (double) units,
                                        s.getKey().length() > 110 ? s.getKey().substring(0, 110) + "..." : s.getKey()));
                    });
        }

        private static int sum(Map<String, Integer> counts) {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
