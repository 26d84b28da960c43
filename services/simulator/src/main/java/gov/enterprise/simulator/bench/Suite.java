package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.baseline.KafkaBaseline;
import gov.enterprise.simulator.baseline.PostgresBaseline;
import gov.enterprise.simulator.campaign.CampaignSpec;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.resource.MachineFacts;
import gov.enterprise.simulator.resource.ProcessSample;
import gov.enterprise.simulator.resource.QuietStack;
import gov.enterprise.simulator.resource.Profiler;
import gov.enterprise.simulator.resource.ResourceMonitor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The benchmark suite: every scenario against the running local stack, one after the other, with the machine's
 * baseline and resources measured in the same run, then one table printed and written to docs/benchmarks.md.
 * A scenario whose service is not available is reported as blocked (with the reason), never faked.
 */
public final class Suite {

    /**
     * What to run and how hard. {@link #full()} is the documented suite; {@link #quick()} only checks it works.
     *
     * @param intakeLadder, visitLadder, ticketLadder, oversightLadder the rates each {@link Ladder} climbs, in
     *                   increasing order
     * @param quietCores the stack's CPU (cores, over 5 s) under which it counts as quiet before a load run
     */
    public record Config(boolean quick, CampaignSpec campaign, int campaignConcurrency, Duration campaignTimeout,
                         List<Double> intakeLadder, Duration warmup, Duration duration, double lagRate,
                         Duration lagDuration, List<Double> visitLadder, List<Double> ticketLadder,
                         List<Double> oversightLadder, int pool, int tickets, double quietCores, Duration quietTimeout,
                         boolean startup, Set<String> skip, Path docs, int pgClients, int pgSeconds,
                         long kafkaRecords, Long startupMillis, boolean startupFresh, boolean profile) {

        /**
         * The ladders start well below the stack's capacity on two cores, so each reports what the stack does hold,
         * and climb to the targets (1,000 issues/s, 500 visits/s, 1,000 actions/s) and beyond, with a step between
         * the rate held today and the next (375 between 250 and 500, 750 between 500 and 1,000).
         */
        public static Config full(CampaignSpec reference, Path docs) {
            return new Config(false, reference, 48, Duration.ofMinutes(20),
                    List.of(25.0, 50.0, 75.0, 100.0, 150.0, 250.0, 375.0, 500.0, 750.0, 1000.0, 1250.0, 1500.0),
                    Duration.ofSeconds(10), Duration.ofSeconds(30), 500, Duration.ofSeconds(60),
                    List.of(25.0, 50.0, 75.0, 100.0, 150.0, 250.0, 375.0, 500.0, 750.0),
                    List.of(25.0, 50.0, 75.0, 100.0, 150.0, 250.0, 500.0, 750.0, 1000.0, 1500.0),
                    List.of(10.0, 25.0, 50.0, 100.0, 200.0, 400.0), 2_000, 2_000, QuietStack.QUIET_CORES,
                    QuietStack.PATIENCE, false, Set.of(), docs, 8, 15, 200_000, null, false, false);
        }

        /** Small numbers: proves every scenario runs end to end, produces no figures worth keeping. */
        public static Config quick(CampaignSpec small) {
            return new Config(true, small, 16, Duration.ofMinutes(5), List.of(10.0, 20.0), Duration.ofSeconds(2),
                    Duration.ofSeconds(5), 10, Duration.ofSeconds(10), List.of(10.0), List.of(20.0),
                    List.of(10.0, 20.0), 100, 50, QuietStack.QUIET_CORES, Duration.ofSeconds(30), false, Set.of(),
                    null, 2, 3, 5_000, null, false, false);
        }

        /**
         * @param startup       restart the stack to time {@code ./stack up -d}
         * @param startupMillis a start-up already timed by the caller ({@code ./stack bench}), or null
         */
        public Config with(boolean startup, Set<String> skip, Path docs, Long startupMillis, boolean startupFresh,
                           boolean profile) {
            return new Config(quick, campaign, campaignConcurrency, campaignTimeout, intakeLadder, warmup, duration,
                    lagRate, lagDuration, visitLadder, ticketLadder, oversightLadder, pool, tickets, quietCores,
                    quietTimeout, startup, skip, docs, pgClients, pgSeconds, kafkaRecords, startupMillis,
                    startupFresh, profile);
        }
    }

    public static final List<String> SCENARIOS = List.of("startup", "baseline", "campaign", "intake", "lag", "visits",
            "tickets", "oversight", "rebuild");

    private final Bench bench;
    private final Config config;
    private final List<ScenarioResult> results = new ArrayList<>();
    private BenchPool pool;

    public Suite(Bench bench, Config config) {
        this.bench = bench;
        this.config = config;
    }

    /** Runs everything; true if every scenario ran (whatever its verdicts). */
    public boolean run() throws IOException {
        var facts = MachineFacts.gather(bench.repository(), bench.postgresUrl());
        bench.out().println("machine: " + facts.facts());
        if (MachineFacts.currentLoad() > facts.cores()) {
            bench.out().printf("WARNING: load average %s on %d cores: something else is running; figures from a"
                    + " busy machine are not worth keeping%n", MachineFacts.loadAverage(), facts.cores());
        }
        if (config.startupMillis() != null) {
            results.add(StartupTime.of(config.startupMillis() / 1000.0, config.startupFresh(), bench.repository()));
        } else if (config.startup() && !skipped("startup")) {
            scenario("start-up", () -> StartupTime.measure(bench));
        }
        if (!skipped("baseline")) {
            scenario("baseline: PostgreSQL row + outbox row", this::postgresBaseline);
            scenario("baseline: Kafka producer", this::kafkaBaseline);
        }
        if (!skipped("campaign")) {
            scenario("campaign replay", () -> new CampaignReplay(bench).run(config.campaign(),
                    config.campaignConcurrency(), config.campaignTimeout()));
        }
        if (!skipped("intake")) {
            scenario("sustained intake", this::intakeLadder);
        }
        if (!skipped("lag")) {
            scenario("intake lag and resources", this::intakeLag);
        }
        if (!skipped("visits")) {
            scenario("visits", this::visits);
        }
        if (!skipped("tickets")) {
            scenario("ticket actions", this::tickets);
        }
        if (!skipped("oversight")) {
            scenario("oversight queries", this::oversight);
        }
        if (!skipped("rebuild")) {
            scenario("oversight rebuild", () -> {
                String wait = quiet();
                return new OversightRebuild(bench).run(Duration.ofMinutes(10)).note("before the rebuild: " + wait);
            });
        }
        List<ProcessSample> now = bench.processes().sample();
        var report = new Report(facts, results, now, config.quick());
        String text = report.markdown();
        bench.out().println();
        bench.out().println(text);
        if (config.docs() != null) {
            BenchmarksDocument.update(config.docs(), text);
            bench.out().println("results written to " + config.docs());
        }
        return results.stream().noneMatch(result -> result.status() == ScenarioResult.Status.FAILED);
    }

    private boolean skipped(String scenario) {
        return config.skip().contains(scenario);
    }

    private ScenarioResult scenario(String name, Supplier<ScenarioResult> body) {
        bench.out().println();
        bench.out().println("== " + name);
        ScenarioResult result;
        try {
            result = body.get();
        } catch (ServiceUnavailableException e) {
            result = ScenarioResult.blocked(name, e.getMessage());
        } catch (RuntimeException e) {
            result = ScenarioResult.failed(name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (result.status() != ScenarioResult.Status.RAN) {
            bench.out().println(name + ": " + result.status() + ": " + result.reason());
        }
        results.add(result);
        return result;
    }

    // ---------------------------------------------------------------------------------------------- scenarios

    private ScenarioResult postgresBaseline() {
        var result = new ScenarioResult("baseline: PostgreSQL row + outbox row");
        if (PostgresBaseline.pgbench().isEmpty()) {
            return ScenarioResult.skipped(result.name(), "pgbench not found: apt-get install postgresql-client");
        }
        var measured = new PostgresBaseline(bench.postgresHost(), bench.postgresPort(), "ticketing")
                .run(config.pgClients(), config.pgSeconds());
        bench.out().printf(Locale.ROOT, "  %.0f transactions/s, latency average %.2f ms (%s, %d clients, %d s)%n",
                measured.transactionsPerSecond(), measured.latencyAverageMs(), measured.pgbenchVersion(),
                measured.clients(), measured.seconds());
        return result.figure("PostgreSQL: one row + one outbox row per transaction (pgbench, "
                        + measured.clients() + " clients)", String.format(Locale.ROOT, "%,.0f tx/s (avg %.2f ms)",
                measured.transactionsPerSecond(), measured.latencyAverageMs()), "baseline", "")
                .note("pgbench: " + measured.pgbenchVersion() + ", " + measured.transactions() + " transactions, "
                        + measured.failed() + " failed");
    }

    private ScenarioResult kafkaBaseline() {
        var measured = new KafkaBaseline(bench.kafkaBootstrap()).run(config.kafkaRecords(), 800, 60);
        bench.out().printf(Locale.ROOT, "  %.0f records/s, %.1f MB/s, latency %s%n", measured.recordsPerSecond(),
                measured.megabytesPerSecond(), measured.latency());
        return new ScenarioResult("baseline: Kafka producer")
                .figure("Kafka producer, 800-byte records, acks=all, idempotent (relay settings)",
                        String.format(Locale.ROOT, "%,.0f records/s (%.1f MB/s), p99 %s ms",
                                measured.recordsPerSecond(), measured.megabytesPerSecond(),
                                gov.enterprise.simulator.load.Percentiles.millis(measured.latency().p99())),
                        "baseline", "")
                .note("Kafka producer: " + measured.records() + " records, " + measured.failed() + " failed");
    }

    private BenchPool pool() {
        if (pool == null) {
            pool = BenchPool.ensure(bench, config.pool());
        }
        return pool;
    }

    private ScenarioResult intakeLadder() {
        var intake = new IntakeLoad(bench, pool());
        var waits = new ArrayList<String>();
        var steps = Ladder.climb(config.intakeLadder(), 100_000, () -> waits.add(quiet()),
                rate -> intake.run("sustained intake " + (long) rate + "/s",
                        LoadPlan.of(rate, config.warmup(), config.duration()), null));
        return ladderFigure(new ScenarioResult("sustained intake"), "sustained intake", steps, waits,
                config.intakeLadder(), 100, 1_000, "issues/s");
    }

    private ScenarioResult visits() {
        var visits = new VisitLoad(bench, pool());
        var waits = new ArrayList<String>();
        var steps = Ladder.climb(config.visitLadder(), 50_000, () -> waits.add(quiet()),
                rate -> visits.run("visits " + (long) rate + "/s", LoadPlan.of(rate, config.warmup(),
                        config.duration())));
        return ladderFigure(new ScenarioResult("visits"), "visits", steps, waits, config.visitLadder(), 50, 500,
                "visits/s");
    }

    private ScenarioResult tickets() {
        var tickets = new TicketLoad(bench, pool());
        tickets.prepare(config.tickets());
        var waits = new ArrayList<String>();
        var steps = Ladder.climb(config.ticketLadder(), 100_000, () -> waits.add(quiet()),
                rate -> tickets.run("ticket actions " + (long) rate + "/s", LoadPlan.of(rate, config.warmup(),
                        config.duration())));
        return ladderFigure(new ScenarioResult("ticket actions"), "ticket actions", steps, waits,
                config.ticketLadder(), 100, 1_000, "actions/s").note("pool of " + tickets.size() + " tickets in"
                + " progress; at r actions/s each gets a progress note every " + tickets.size() + "/r s (a 412, a"
                + " stale version, counts as an error)");
    }

    /**
     * The ladder's runs in the latency table and its figure: the highest rate held, against the target rate
     * ({@code target} 0: the issue sets a latency bound and no rate).
     */
    private ScenarioResult ladderFigure(ScenarioResult result, String name, List<Ladder.Step> steps,
                                        List<String> waits, List<Double> rates, long p99BoundMillis, double target,
                                        String unit) {
        for (Ladder.Step step : steps) {
            result.run(name + " " + (long) step.rate() + "/s" + (step.passed() ? "" : " (p99 or errors over)"),
                    step.result());
        }
        double best = Ladder.highestHeld(steps);
        double highest = rates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        String measured = String.format(Locale.ROOT, "%,.0f %s", best, unit);
        if (!steps.isEmpty() && !steps.getLast().passed()) {
            var missed = steps.getLast();
            measured += String.format(Locale.ROOT, " (at %,.0f/s: p99 %s ms, errors %.2f%%)", missed.rate(),
                    gov.enterprise.simulator.load.Percentiles.millis(missed.result().responseTime().p99()),
                    missed.result().errorRate() * 100);
        }
        String verdict;
        if (config.quick()) {
            verdict = "(quick run: ladder " + rates + ")";
        } else if (target <= 0) {
            verdict = best > 0 ? String.format(Locale.ROOT, "met up to %,.0f/s", best) : "missed at every rate";
        } else {
            verdict = best == highest && best >= target ? "met (highest rate tried)"
                    : Verdicts.atLeast(best, target, " " + unit);
        }
        return result.figure(name + ": highest rate held with p99 < " + p99BoundMillis + " ms and errors <= 0.1%",
                        measured, target <= 0 ? "p99 < " + p99BoundMillis + " ms (no rate set)"
                                : String.format(Locale.ROOT, "%,.0f %s", target, unit), verdict)
                // the notes are listed under the scenario's name: a ladder of another name says whose it is
                .note((name.equals(result.name()) ? "" : name + ": ") + "before each step: "
                        + String.join("; ", waits));
    }

    /**
     * Lets the stack work off what the previous run left (events in the topics, PostgreSQL's autovacuum) before
     * the next load, and notes how long that took: a long wait says the run before left a backlog.
     */
    private String quiet() {
        String line = new QuietStack(bench.processes()).await(config.quietCores(), QuietStack.WINDOW,
                config.quietTimeout()).describe();
        bench.out().println("  " + line);
        return line;
    }

    private ScenarioResult intakeLag() {
        var intake = new IntakeLoad(bench, pool());
        String wait = quiet();
        SummaryLag lag = intake.lag();
        lag.start(Duration.ofSeconds(60));
        // what the stack burns doing nothing (pollers, relays, schedulers), to tell it apart from the issues' cost
        var idle = new ResourceMonitor(bench.processes()).start();
        IntakeLoad.sleep(config.quick() ? Duration.ofSeconds(2) : Duration.ofSeconds(10));
        ResourceMonitor.Usage idleUsage = idle.stop();
        double idleCores = idleUsage.totalCpuSeconds() / idleUsage.wallSeconds();
        Profiler profiler = null;
        if (config.profile()) {
            var jvms = new java.util.TreeMap<>(bench.processes().components());
            jvms.remove("postgres");
            profiler = new Profiler(jvms, bench.repository().resolve(".stack/profiles"));
            profiler.start();
        }
        var monitor = ResourceMonitor.withMemory(bench.processes()).start();
        LoadResult load = intake.run("intake " + (long) config.lagRate() + "/s with lag",
                LoadPlan.of(config.lagRate(), config.warmup(), config.lagDuration()), lag);
        SummaryLag.Result lags = lag.finish(Duration.ofSeconds(60));
        ResourceMonitor.Usage usage = monitor.stop();
        List<Profiler.Hotspots> hotspots = profiler == null ? List.of() : profiler.stop(6);
        var result = new ScenarioResult("intake lag and resources").run("intake " + (long) config.lagRate()
                + "/s (lag run)", load).note("before the run: " + wait);
        boolean reference = config.lagRate() == 500;
        result.figure("end-to-end lag, submission to summary, at " + (long) config.lagRate() + " issues/s (p50 / p99)",
                String.format(Locale.ROOT, "%s / %s s", seconds(lags.lag().p50()), seconds(lags.lag().p99())),
                "p99 < 2 s at 500/s", reference ? Verdicts.atMost(lags.lag().p99() / 1e6, 2.0, " s")
                        : "(not at 500/s)");
        if (lags.notCounted() > 0) {
            result.note(lags.notCounted() + " accepted issues were not counted in the summary within 60 s");
        }
        result.note("lag resolution: summary read every " + lags.resolution().toMillis() + " ms; "
                + lags.counted() + " issues measured");
        long issues = load.recorder().successes() + load.warmupAnswers();
        if (issues > 0) {
            double net = Math.max(0, usage.totalCpuSeconds() - idleCores * usage.wallSeconds());
            result.figure("CPU seconds per 1,000 issues (whole stack, at " + (long) config.lagRate() + "/s)",
                    String.format(Locale.ROOT, "%.1f s (%.1f s net of the idle stack's %.2f cores)",
                            usage.totalCpuSeconds() / (issues / 1000.0), net / (issues / 1000.0), idleCores));
        }
        long peak = usage.peakTotalPssKb();
        result.figure("whole stack resident memory under this load (peak, PSS; RSS sum "
                        + Resources.megabytes(usage.peakTotalRssKb()) + ")", Resources.megabytes(peak), "< 2,500 MB",
                Verdicts.atMost(peak / 1024.0, 2_500, " MB"));
        new java.util.TreeMap<>(usage.peakPssKb()).forEach((component, kb) -> result.figure("  resident memory: "
                + component + " (peak PSS)", Resources.megabytes(kb)));
        Resources.describe(result, "intake at " + (long) config.lagRate() + "/s", usage);
        for (Profiler.Hotspots spots : hotspots) {
            result.note("profile of " + spots.component() + " (" + spots.samples() + " " + spots.sampleKind()
                    + " samples, " + spots.recording() + "): hottest methods " + percentages(spots.topFrames())
                    + "; entered from our code at " + percentages(spots.ownCode())
                    + String.format(Locale.ROOT, "; besides, JIT compilers busy %.1f s, garbage collection"
                            + " %.1f s of CPU", spots.jitSeconds(), spots.gcCpuSeconds()));
        }
        return result;
    }

    private static String percentages(java.util.Map<String, Double> shares) {
        var text = new StringBuilder();
        shares.forEach((name, share) -> text.append(text.isEmpty() ? "" : ", ").append(name)
                .append(String.format(Locale.ROOT, " %.0f%%", share * 100)));
        return text.toString();
    }

    /**
     * The summary, then the four breakdowns, each on a ladder. Issue 6 sets p99 < 50 ms and no rate, so the figure is
     * the highest rate at which that held.
     */
    private ScenarioResult oversight() {
        var oversight = new OversightLoad(bench);
        var result = new ScenarioResult("oversight queries");
        var summaryWaits = new ArrayList<String>();
        var summary = Ladder.climb(config.oversightLadder(), 50_000, () -> summaryWaits.add(quiet()),
                rate -> oversight.run("oversight summary " + (long) rate + "/s", LoadPlan.of(rate, config.warmup(),
                        config.duration()), OversightLoad.PATHS[0]));
        ladderFigure(result, "oversight summary", summary, summaryWaits, config.oversightLadder(), 50, 0,
                "queries/s");
        var breakdownWaits = new ArrayList<String>();
        var breakdowns = Ladder.climb(config.oversightLadder(), 50_000, () -> breakdownWaits.add(quiet()),
                rate -> oversight.run("oversight breakdowns " + (long) rate + "/s", LoadPlan.of(rate,
                        config.warmup(), config.duration()), java.util.Arrays.copyOfRange(OversightLoad.PATHS, 1,
                        OversightLoad.PATHS.length)));
        ladderFigure(result, "oversight breakdowns (4 kinds)", breakdowns, breakdownWaits,
                config.oversightLadder(), 50, 0, "queries/s");
        result.note("queries ran against the data in the stack (the campaign plus the suite's load), not the"
                + " oversight issue's 10 million generated issues");
        return result;
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1e6);
    }
}
