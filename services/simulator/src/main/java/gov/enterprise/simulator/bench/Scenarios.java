package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.resource.QuietStack;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The suite's load scenarios one at a time, for the command line (printing, not writing docs). */
public final class Scenarios {

    private final Bench bench;
    private final int poolSize;

    public Scenarios(Bench bench, int poolSize) {
        this.bench = bench;
        this.poolSize = poolSize;
    }

    /**
     * With {@code ladder}, the rates in turn until one misses; else one run at {@code rate}. With
     * {@code statements}, one run without warm-up while PostgreSQL logs every statement, then the statements each
     * service sent per issue accepted (counted once the consumers have had 10 s to apply the events).
     */
    public int intake(List<Double> ladder, double rate, Duration warmup, Duration duration, boolean withLag,
                      boolean statements) {
        var intake = new IntakeLoad(bench, BenchPool.ensure(bench, poolSize));
        if (statements) {
            return countingStatements("issue accepted",
                    () -> intake.run("intake " + (long) rate + "/s", LoadPlan.of(rate, Duration.ZERO, duration), null));
        }
        if (ladder != null) {
            var steps = Ladder.climb(ladder, 100_000, this::quiet, step -> intake.run("sustained intake "
                    + (long) step + "/s", LoadPlan.of(step, warmup, duration), null));
            bench.out().printf(Locale.ROOT, "sustained intake: highest rate with p99 < 100 ms: %.0f issues/s%n",
                    Ladder.highestHeld(steps));
            return 0;
        }
        SummaryLag lag = null;
        if (withLag) {
            lag = intake.lag();
            lag.start(Duration.ofSeconds(60));
        }
        intake.run("intake " + (long) rate + "/s", LoadPlan.of(rate, warmup, duration), lag);
        if (lag != null) {
            SummaryLag.Result lags = lag.finish(Duration.ofSeconds(60));
            bench.out().printf("end-to-end lag to the summary: %s (not counted within 60 s: %d)%n", lags.lag(),
                    lags.notCounted());
        }
        return 0;
    }

    /**
     * One run at {@code rate}, or with {@code ladder} the rates in turn until one misses p99 < 50 ms. With
     * {@code statements}, as for intake, per visit recorded.
     */
    public int visits(List<Double> ladder, double rate, Duration warmup, Duration duration, boolean statements) {
        var visits = new VisitLoad(bench, BenchPool.ensure(bench, poolSize));
        if (statements) {
            return countingStatements("visit recorded",
                    () -> visits.run("visits " + (long) rate + "/s", LoadPlan.of(rate, Duration.ZERO, duration)));
        }
        var steps = Ladder.climb(ladder == null ? List.of(rate) : ladder, 50_000, this::quiet,
                step -> visits.run("visits " + (long) step + "/s", LoadPlan.of(step, warmup, duration)));
        if (ladder != null) {
            bench.out().printf(Locale.ROOT, "visits: highest rate with p99 < 50 ms: %.0f visits/s%n",
                    Ladder.highestHeld(steps));
        }
        return 0;
    }

    /**
     * One run at {@code rate}, or with {@code ladder} the rates in turn until one misses p99 < 100 ms. With
     * {@code statements}, one run without warm-up while PostgreSQL logs every statement, then the statements each
     * service sent per action answered (counted once the consumers have had 10 s to apply the events).
     */
    public int tickets(List<Double> ladder, double rate, int count, Duration warmup, Duration duration,
                       boolean statements) {
        var tickets = new TicketLoad(bench, BenchPool.ensure(bench, poolSize));
        tickets.prepare(count);
        if (statements) {
            return countingStatements("action answered",
                    () -> tickets.run("ticket actions " + (long) rate + "/s", LoadPlan.of(rate, Duration.ZERO,
                            duration)));
        }
        var steps = Ladder.climb(ladder == null ? List.of(rate) : ladder, 100_000, this::quiet,
                step -> tickets.run("ticket actions " + (long) step + "/s", LoadPlan.of(step, warmup, duration)));
        if (ladder != null) {
            bench.out().printf(Locale.ROOT, "ticket actions: highest rate with p99 < 100 ms: %.0f actions/s%n",
                    Ladder.highestHeld(steps));
        }
        return 0;
    }

    /**
     * One run while PostgreSQL logs every statement, then the statements each service sent per {@code unit} (a
     * request answered without error), counted once the consumers have had 10 s to apply the events.
     */
    private int countingStatements(String unit, Supplier<LoadResult> run) {
        var count = StatementCount.start(bench);
        LoadResult result;
        StatementCount.Result sent;
        try {
            result = run.get();
            IntakeLoad.sleep(Duration.ofSeconds(10));
        } finally {
            sent = count.finish();
        }
        sent.print(bench.out(), unit, result.recorded() - result.failures(), 12);
        return 0;
    }

    /** Before each run: the stack back to quiet, as in the suite. */
    private void quiet() {
        bench.out().println("  " + new QuietStack(bench.processes()).await(QuietStack.QUIET_CORES,
                QuietStack.WINDOW, QuietStack.PATIENCE).describe());
    }

    public int rebuild() {
        ScenarioResult result = new OversightRebuild(bench).run(Duration.ofMinutes(10));
        result.figures().forEach(figure -> bench.out().println(figure.name() + ": " + figure.measured()
                + (figure.target().isEmpty() ? "" : " (target " + figure.target() + ": " + figure.verdict() + ")")));
        result.notes().forEach(note -> bench.out().println(note));
        return result.status() == ScenarioResult.Status.RAN ? 0 : 1;
    }

    public int oversight(double rate, Duration warmup, Duration duration) {
        LoadResult result = new OversightLoad(bench).run("oversight queries " + (long) rate + "/s",
                LoadPlan.of(rate, warmup, duration));
        return result.recorded() > 0 ? 0 : 1;
    }
}
