package gov.enterprise.simulator;

import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.api.Session;
import gov.enterprise.simulator.baseline.KafkaBaseline;
import gov.enterprise.simulator.baseline.PostgresBaseline;
import gov.enterprise.simulator.bench.Bench;
import gov.enterprise.simulator.bench.Scenarios;
import gov.enterprise.simulator.bench.Suite;
import gov.enterprise.simulator.campaign.CampaignLoader;
import gov.enterprise.simulator.campaign.CampaignPlan;
import gov.enterprise.simulator.campaign.CampaignSpec;
import gov.enterprise.simulator.campaign.IssuePlan;
import gov.enterprise.simulator.campaign.VisitPlan;
import gov.enterprise.simulator.load.Percentiles;
import gov.enterprise.simulator.resource.MachineFacts;
import gov.enterprise.simulator.resource.ProcessSample;
import gov.enterprise.simulator.resource.StackProcesses;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The simulator's command line: loads campaigns (the demo data) and runs the benchmark suite against the local
 * stack, only ever through the public API behind the edge, only ever on this machine.
 */
public final class Simulator {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int BLOCKED = 3;

    private static final String USAGE_TEXT = """
            usage: java -jar services/simulator/target/simulator.jar <command> [options]

              campaign    load a campaign through the API, then wait until the oversight summary shows its figures
                            --reference (default: 4,645 enterprises visited, 6,005 issues, 5,344 handled)
                            --enterprises=N [--seed=S]   a campaign of the same shape and another size
                            --concurrency=48 (requests in flight)  --timeout=20m
              plan        print a campaign's figures and a sample of it, without loading anything
              suite       the benchmark suite (docs/benchmarks.md): every scenario, the machine's baseline and
                          resources, one table printed and written to docs/benchmarks.md
                            --quick (small numbers: checks the suite works, writes nothing unless --docs)
                            --startup (restart the stack to time ./stack up -d)  --skip=campaign,visits,...
                            --profile (flight recordings of every service during the 500/s intake run)
                            --docs=PATH | --no-docs
              intake      sustained intake: --rate=500 or --ladder=25,50,100,...  [--lag]
                --statements (one run without warm-up: SQL statements each service sent per issue, from
                PostgreSQL's log; run it after a warm-up run)
              visits      visits recorded at --rate=500 or --ladder=25,50,100,...  [--statements: as for
                          intake, per visit recorded]
              tickets     ticket actions at --rate=1000 or --ladder=25,50,100,... on --tickets=2000 tickets in
                          progress  [--statements: as for intake, per action]
                          (a ladder: the rates in turn, the stack let go quiet before each, until one misses its
                          p99 bound or errors exceed 0.1 %)
              oversight   oversight summary and breakdown queries at --rate=200
              rebuild     rebuild the oversight read models from the topics, timed
              baseline    the machine's raw PostgreSQL (pgbench) and Kafka producer rates
              resources   resident memory and CPU time of the stack's processes now
              facts       the machine's facts (cores, memory, JDK, versions)

            common options: --base-url=http://127.0.0.1:8080 (loopback addresses only)  --repo=. (project root)
                            --duration=30s --warmup=10s --pool=2000 (enterprises the load spreads over)
            exit codes: 0 done, 1 failed or figures not reached, 2 usage, 3 a needed service is not available
            """;

    private Simulator() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, out));
    }

    static int run(String[] args, PrintStream out) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        Options options = new Options(args, 1);
        try {
            return switch (args[0]) {
                case "campaign" -> campaign(options, out);
                case "plan" -> plan(options, out);
                case "suite" -> suite(options, out);
                case "intake", "visits", "tickets", "oversight", "rebuild" -> scenario(args[0], options, out);
                case "baseline" -> baseline(options, out);
                case "resources" -> resources(options, out);
                case "facts" -> facts(options, out);
                default -> {
                    out.println("unknown command '" + args[0] + "'");
                    out.print(USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (IllegalArgumentException e) {
            out.println("simulator: " + e.getMessage());
            return USAGE;
        } catch (ServiceUnavailableException e) {
            out.println("simulator: " + e.getMessage());
            return BLOCKED;
        } catch (Exception e) {
            out.println("simulator: failed: " + e);
            return FAILED;
        }
    }

    // ------------------------------------------------------------------------------------------------ campaign

    static CampaignSpec spec(Options options) {
        LocalDate end = LocalDate.now(CampaignPlan.TAIZHOU).minusDays(1);
        int enterprises = options.integer("enterprises", 0);
        options.flag("reference");
        if (enterprises == 0) {
            long seed = options.number("seed", CampaignSpec.REFERENCE_SEED);
            CampaignSpec reference = CampaignSpec.reference(end);
            return new CampaignSpec(seed, reference.enterprisesVisited(), reference.extraEnterprises(),
                    reference.issuesCollected(), reference.handled(), end, reference.campaignDays());
        }
        return CampaignSpec.scaled(options.number("seed", 7), enterprises, end);
    }

    private static int campaign(Options options, PrintStream out) {
        CampaignSpec spec = spec(options);
        int concurrency = options.integer("concurrency", 48);
        Duration timeout = options.duration("timeout", Duration.ofMinutes(20));
        String base = options.text("base-url", gov.enterprise.simulator.api.Api.DEFAULT_BASE);
        options.requireAllRead();
        CampaignPlan plan = CampaignPlan.generate(spec);
        out.printf("campaign: seed %d, %s%n", spec.seed(), plan.expected());
        try (var api = gov.enterprise.simulator.api.Api.connect(base)) {
            CampaignLoader.Result result = new CampaignLoader(new Session(api, concurrency), plan, timeout, out)
                    .load();
            if (result.blockedBy() != null) {
                out.println("campaign: blocked: " + result.blockedBy());
                return BLOCKED;
            }
            out.printf(Locale.ROOT, "campaign: %s in %.1f s (%,d requests, %,d retries, %,d actions)%n",
                    result.figuresReached() ? "loaded" : "NOT loaded", result.wallNanos() / 1e9, result.requests(),
                    result.retries(), result.actions());
            out.println("campaign: expected " + result.expected()
                    + (result.exact() ? "" : " (as a lower bound: the stack holds other data)"));
            out.println("campaign: summary  " + result.shown());
            if (result.errorCount() > 0) {
                out.println("campaign: " + result.errorCount() + " errors, e.g.:");
                result.errors().forEach(error -> out.println("  " + error));
            }
            if (result.anomalyCount() > 0) {
                out.println("campaign: " + result.anomalyCount() + " issues went elsewhere than planned, e.g.:");
                result.anomalies().forEach(anomaly -> out.println("  " + anomaly));
            }
            return result.ok() ? OK : FAILED;
        }
    }

    private static int plan(Options options, PrintStream out) {
        CampaignSpec spec = spec(options);
        int show = options.integer("show", 3);
        options.requireAllRead();
        CampaignPlan plan = CampaignPlan.generate(spec);
        out.printf("campaign plan: seed %d, visits %s .. %s%n", spec.seed(),
                spec.campaignEnd().minusDays(spec.campaignDays() - 1), spec.campaignEnd());
        out.println("  expected summary: " + plan.expected());
        out.printf("  %d enterprises registered (%d visited), %d cadres, %d visits, %d issues raised (%d reported"
                        + " through the app, %d raised again)%n", plan.enterprises().size(),
                plan.expected().enterprisesVisited(), plan.cadres().size(), plan.visits().size(), plan.issues().size(),
                plan.appReports().size(), plan.issues().stream().filter(issue -> issue.repeatOf() != null).count());
        Map<String, Long> fates = plan.issues().stream().collect(Collectors.groupingBy(
                issue -> issue.fate().name(), java.util.TreeMap::new, Collectors.counting()));
        out.println("  fates: " + fates);
        Map<String, Long> categories = plan.issues().stream().collect(Collectors.groupingBy(IssuePlan::category,
                java.util.TreeMap::new, Collectors.counting()));
        out.println("  categories: " + categories);
        for (VisitPlan visit : plan.visits().stream().filter(v -> !v.issues().isEmpty()).limit(show).toList()) {
            out.printf("  visit %s %s by %s at %s: %s%n", visit.visitId(), visit.uscc(), visit.cadreId(),
                    visit.visitedAt(), visit.summary());
            for (IssuePlan issue : visit.issues()) {
                out.printf("    issue %s [%s, hint %s, %s via %s]: %s / %s%n", issue.issueId(), issue.category(),
                        issue.categoryHint(), issue.fate(), issue.route(), issue.text().title(),
                        issue.text().description());
            }
        }
        return OK;
    }

    // ---------------------------------------------------------------------------------------------- benchmarks

    private static Bench bench(Options options, PrintStream out) {
        String base = options.text("base-url", gov.enterprise.simulator.api.Api.DEFAULT_BASE);
        Path repository = Path.of(options.text("repo", ".")).toAbsolutePath().normalize();
        return Bench.connect(base, repository, out);
    }

    private static int suite(Options options, PrintStream out) throws Exception {
        boolean quick = options.flag("quick");
        Bench bench = bench(options, out);
        CampaignSpec spec = quick && options.integer("enterprises", 0) == 0
                ? CampaignSpec.scaled(7, 60, LocalDate.now(CampaignPlan.TAIZHOU).minusDays(1)) : spec(options);
        Path docs = options.flag("no-docs") ? null
                : options.text("docs", null) != null ? Path.of(options.text("docs", null))
                : quick ? null : bench.repository().resolve("docs/benchmarks.md");
        var skip = new HashSet<String>();
        String skipped = options.text("skip", "");
        if (!skipped.isBlank()) {
            for (String name : skipped.split(",")) {
                if (!Suite.SCENARIOS.contains(name.strip())) {
                    throw new IllegalArgumentException("--skip: no scenario '" + name + "'; scenarios are "
                            + Suite.SCENARIOS);
                }
                skip.add(name.strip());
            }
        }
        Suite.Config config = (quick ? Suite.Config.quick(spec) : Suite.Config.full(spec, docs))
                .with(options.flag("startup"), skip, docs,
                        options.text("startup-millis", null) == null ? null : options.number("startup-millis", 0),
                        options.flag("startup-fresh"), options.flag("profile"));
        options.requireAllRead();
        boolean ran = new Suite(bench, config).run();
        return ran ? OK : FAILED;
    }

    private static int scenario(String name, Options options, PrintStream out) {
        Bench bench = bench(options, out);
        var scenarios = new Scenarios(bench, options.integer("pool", 2_000));
        Duration warmup = options.duration("warmup", Duration.ofSeconds(10));
        Duration duration = options.duration("duration", Duration.ofSeconds(30));
        return switch (name) {
            case "intake" -> {
                List<Double> ladder = options.rates("ladder", null);
                double rate = options.decimal("rate", 500);
                boolean lag = options.flag("lag");
                boolean statements = options.flag("statements");
                options.requireAllRead();
                yield scenarios.intake(ladder, rate, warmup, duration, lag, statements);
            }
            case "visits" -> {
                List<Double> ladder = options.rates("ladder", null);
                double rate = options.decimal("rate", 500);
                boolean statements = options.flag("statements");
                options.requireAllRead();
                yield scenarios.visits(ladder, rate, warmup, duration, statements);
            }
            case "tickets" -> {
                List<Double> ladder = options.rates("ladder", null);
                double rate = options.decimal("rate", 1_000);
                int tickets = options.integer("tickets", 2_000);
                boolean statements = options.flag("statements");
                options.requireAllRead();
                yield scenarios.tickets(ladder, rate, tickets, warmup, duration, statements);
            }
            case "rebuild" -> {
                options.requireAllRead();
                yield scenarios.rebuild();
            }
            default -> {
                double rate = options.decimal("rate", 200);
                options.requireAllRead();
                yield scenarios.oversight(rate, warmup, duration);
            }
        };
    }

    private static int baseline(Options options, PrintStream out) {
        int clients = options.integer("clients", 8);
        int seconds = options.integer("seconds", 15);
        long records = options.number("records", 200_000);
        options.requireAllRead();
        if (PostgresBaseline.pgbench().isEmpty()) {
            out.println("baseline: pgbench not found: apt-get install postgresql-client");
        } else {
            var pg = new PostgresBaseline("127.0.0.1", 15432, "ticketing").run(clients, seconds);
            out.printf(Locale.ROOT, "PostgreSQL (row + outbox row per transaction): %,.0f tx/s, average %.2f ms"
                    + " (%d clients, %d s, %s)%n", pg.transactionsPerSecond(), pg.latencyAverageMs(), clients,
                    seconds, pg.pgbenchVersion());
        }
        var kafka = new KafkaBaseline("127.0.0.1:19092").run(records, 800, 60);
        out.printf(Locale.ROOT, "Kafka producer (800-byte records, acks=all, idempotent): %,.0f records/s, %.1f MB/s,"
                        + " latency p50 %s / p99 %s ms%n", kafka.recordsPerSecond(), kafka.megabytesPerSecond(),
                Percentiles.millis(kafka.latency().p50()), Percentiles.millis(kafka.latency().p99()));
        return OK;
    }

    private static int resources(Options options, PrintStream out) {
        Path repository = Path.of(options.text("repo", ".")).toAbsolutePath().normalize();
        options.requireAllRead();
        List<ProcessSample> samples = new StackProcesses(repository.resolve(".stack")).sample();
        if (samples.isEmpty()) {
            out.println("resources: no stack processes (is the stack up? ./stack status)");
            return FAILED;
        }
        long ticks = StackProcesses.ticksPerSecond();
        long rss = 0;
        long pss = 0;
        out.printf("%-22s %5s %12s %12s %12s%n", "component", "procs", "RSS MB", "PSS MB", "CPU s");
        for (ProcessSample sample : samples) {
            out.printf(Locale.ROOT, "%-22s %5d %12.0f %12.0f %12.1f%n", sample.component(), sample.processes(),
                    sample.rssKb() / 1024.0, sample.pssKb() / 1024.0, sample.cpuTicks() / (double) ticks);
            rss += sample.rssKb();
            pss += sample.pssKb();
        }
        out.printf(Locale.ROOT, "%-22s %5s %12.0f %12.0f%n", "whole stack", "", rss / 1024.0, pss / 1024.0);
        return OK;
    }

    private static int facts(Options options, PrintStream out) {
        Path repository = Path.of(options.text("repo", ".")).toAbsolutePath().normalize();
        options.requireAllRead();
        MachineFacts.gather(repository, "jdbc:postgresql://127.0.0.1:15432/ticketing").facts()
                .forEach((name, value) -> out.printf("%-24s %s%n", name, value));
        return OK;
    }
}
