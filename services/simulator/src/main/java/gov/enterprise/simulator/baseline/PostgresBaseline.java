package gov.enterprise.simulator.baseline;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's raw PostgreSQL rate for the transaction shape every state change in the system has: one row of the
 * aggregate plus one outbox row, committed together. Measured with {@code pgbench} and a custom script against the
 * stack's own PostgreSQL, in a scratch schema ({@code bench_baseline}) dropped afterwards. No relay, no HTTP, no
 * JSON: a ceiling to read the system's figures against.
 */
public final class PostgresBaseline {

    /** What pgbench measured. */
    public record Result(double transactionsPerSecond, double latencyAverageMs, long transactions, long failed,
                         int clients, int seconds, String pgbenchVersion) {
    }

    static final String SCHEMA = "bench_baseline";

    // the columns of intake's issue table that a report fills, and the messaging library's outbox_event table as its
    // migration V1 made it, left unchanged so that baselines of different days compare
    private static final String SETUP = """
            drop schema if exists bench_baseline cascade;
            create schema bench_baseline;
            create table bench_baseline.issue (
                issue_id varchar(64) primary key, uscc varchar(18) not null, region_code varchar(6) not null,
                cluster varchar(32) not null, scale varchar(16) not null, title text not null,
                description text not null, category_hint varchar(32), channel varchar(8) not null,
                reported_by text not null, reported_at timestamptz not null, state varchar(16) not null,
                category varchar(32), lead_department varchar(16), version bigint not null);
            create index issue_by_enterprise on bench_baseline.issue (uscc, reported_at);
            create table bench_baseline.outbox_event (
                id bigserial primary key, event_id uuid not null unique, topic text not null,
                message_key text not null, event_type text not null, source text not null, subject text not null,
                occurred_at timestamptz not null, payload text not null, trace_parent text, lane smallint not null,
                created_at timestamptz not null default now(), published_at timestamptz);
            create index outbox_event_unpublished on bench_baseline.outbox_event (lane, id)
                where published_at is null;
            """;

    // pgbench takes any :name for a variable, even inside a string literal: the script has none
    static final String SCRIPT = """
            BEGIN;
            INSERT INTO bench_baseline.issue (issue_id, uscc, region_code, cluster, scale, title, description,
              category_hint, channel, reported_by, reported_at, state, category, lead_department, version)
              VALUES (gen_random_uuid()::text, '91331081MA2AAAAA0X', '331081', 'AUTO', 'ABOVE_SCALE',
              '扩产急需新增工业用地20亩',
              '公司新上汽车零部件自动化生产线，现有厂房已经饱和，希望在温岭工业园区内协调20亩左右的工业用地，今年年底前能够摘牌开工。',
              'LAND', 'APP', 'operator', now(), 'ROUTED', 'LAND', 'NRP', 1);
            INSERT INTO bench_baseline.outbox_event (event_id, topic, message_key, event_type, source, subject,
              occurred_at, payload, lane)
              VALUES (gen_random_uuid(), 'intake.events', gen_random_uuid()::text,
              'gov.enterprise.intake.issue-routed.v1', '/intake-service', 'issue', now(),
              convert_from(decode('%s', 'base64'), 'UTF8'), floor(random() * 16)::smallint);
            COMMIT;
            """.formatted(java.util.Base64.getEncoder().encodeToString(payload().getBytes(StandardCharsets.UTF_8)));

    private final String host;
    private final int port;
    private final String database;

    public PostgresBaseline(String host, int port, String database) {
        this.host = host;
        this.port = port;
        this.database = database;
    }

    /** Where pgbench is, if installed ({@code apt-get install postgresql-client} on Debian). */
    public static Optional<Path> pgbench() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "pgbench");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin/pgbench")).filter(Files::isExecutable).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Result run(int clients, int seconds) {
        Path pgbench = pgbench().orElseThrow(() -> new IllegalStateException(
                "pgbench not found: install it with 'apt-get install postgresql-client' (Debian/Ubuntu)"));
        if (seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("seconds must be 1..600");
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        execute(url, SETUP);
        Path script = null;
        try {
            script = Files.createTempFile("baseline-", ".sql");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(pgbench.toString(), "-n", "-M", "prepared",
                    "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                    "-T", Integer.toString(seconds), "-f", script.toString(),
                    "-h", host, "-p", Integer.toString(port), "-U", "postgres", database));
            String output = runProcess(command, seconds + 60);
            return parse(output, clients, seconds, runProcess(List.of(pgbench.toString(), "--version"), 10).strip());
        } catch (IOException e) {
            throw new IllegalStateException("pgbench failed: " + e.getMessage(), e);
        } finally {
            execute(url, "drop schema if exists " + SCHEMA + " cascade");
            if (script != null) {
                script.toFile().delete();
            }
        }
    }

    static Result parse(String output, int clients, int seconds, String version) {
        double tps = number(output, "tps = ([0-9.]+) \\(without initial connection time\\)");
        double latency = number(output, "latency average = ([0-9.]+) ms");
        double processed = number(output, "number of transactions actually processed: ([0-9]+)");
        double failed = output.contains("number of failed transactions")
                ? number(output, "number of failed transactions: ([0-9]+)") : 0;
        if (Double.isNaN(tps)) {
            throw new IllegalStateException("pgbench gave no rate:\n" + output);
        }
        return new Result(tps, latency, (long) processed, (long) failed, clients, seconds, version);
    }

    private static double number(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    private static String runProcess(List<String> command, long timeoutSeconds) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("PGPASSWORD");
        Process process = builder.start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " did not finish in " + timeoutSeconds + " s");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(command.getFirst() + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void execute(String url, String sql) {
        try (var connection = DriverManager.getConnection(url, "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * An event body of the size the services write (an issue-routed event's JSON, about 700 bytes). The script carries
     * it base64-encoded: pgbench would take the JSON's {@code :1} for a variable.
     */
    static String payload() {
        return "{\"issueId\":\"b\",\"enterprise\":{\"uscc\":\"91331081MA2AAAAA0X\",\"regionCode\":\"331081\","
                + "\"cluster\":\"AUTO\",\"scale\":\"ABOVE_SCALE\"},\"routing\":{\"category\":\"LAND\","
                + "\"leadDepartment\":\"NRP\",\"coDepartments\":[\"INV\"],\"priority\":\"NORMAL\","
                + "\"acceptDue\":\"2026-09-25\",\"resolveDue\":\"2026-10-22\",\"decidedBy\":\"rules\","
                + "\"ruleId\":\"default-LAND\",\"ruleVersion\":1,\"reason\":\"category LAND: lead NRP\"},"
                + "\"title\":\"扩产急需新增工业用地20亩\",\"description\":\"公司新上汽车零部件自动化生产线，现有厂房已经饱和，"
                + "希望在温岭工业园区内协调20亩左右的工业用地，今年年底前能够摘牌开工。\",\"routedAt\":\"2026-09-24T02:00:00Z\"}";
    }
}
