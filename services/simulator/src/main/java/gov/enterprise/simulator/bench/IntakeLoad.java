package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.campaign.EnterprisePlan;
import gov.enterprise.simulator.campaign.IssueTexts;
import gov.enterprise.simulator.campaign.OversightSummary;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.load.LoadTarget;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Sustained intake: operators report issues ({@code POST /api/v1/issues}) at a constant rate, spread over the pool's
 * enterprises and the catalogue's matters. A {@link Ladder} of rates finds the highest at which p99 stays under
 * 100 ms with (almost) no errors; one run at 500/s also measures the lag until the leaders' figures count each issue.
 */
final class IntakeLoad {

    private static final int OPERATORS = 8;

    private final Bench bench;
    private final BenchPool pool;

    IntakeLoad(Bench bench, BenchPool pool) {
        this.bench = bench;
        this.pool = pool;
    }

    /** One run at a constant rate; with {@code lag}, each accepted issue is handed to it. */
    LoadResult run(String label, LoadPlan plan, SummaryLag lag) {
        for (int operator = 0; operator < OPERATORS; operator++) {
            bench.api().tokens().forSubject("operator:hotline-" + operator);
        }
        long count = (long) Math.ceil(plan.ratePerSecond()
                * (plan.warmup().toSeconds() + plan.duration().toSeconds() + 1));
        long base = bench.next(count);
        if (pool.repeatsMatters(base + count - 1)) {
            bench.out().printf("warning: the pool's %d enterprises have each raised all %d matters since this stack's "
                    + "data began: from here most issues repeat one of their enterprise's earlier issues and go to "
                    + "triage as possible duplicates; use a fresh stack or a larger --pool%n", pool.size(),
                    pool.matterCount());
        }
        long warmup = (long) Math.ceil(plan.warmup().toNanos() * plan.ratePerSecond() / 1e9 - 1e-9);
        var http = new HttpLoadTarget(bench.api(), index -> {
            long sequence = base + index;
            EnterprisePlan enterprise = pool.enterprise(sequence);
            IssueTexts.Matter matter = pool.matter(sequence, 0);
            IssueTexts.Text text = IssueTexts.write(matter.category(), matter.template(), enterprise.product(),
                    new SplittableRandom(sequence));
            var body = new LinkedHashMap<String, Object>();
            String issueId = "bench-" + bench.runId() + "-" + sequence;
            body.put("issueId", issueId);
            body.put("uscc", enterprise.uscc());
            body.put("title", text.title());
            body.put("description", text.description());
            if (sequence % 4 != 0) {
                body.put("categoryHint", text.category());
            }
            body.put("channel", "HOTLINE");
            return bench.api().request("POST", "operator:hotline-" + sequence % OPERATORS, "/api/v1/issues",
                    bench.api().bytes(body), Map.of("Idempotency-Key", issueId));
        }, HttpLoadTarget.Answers.successful());
        LoadTarget target = lag == null ? http : (index, intended, completion) ->
                http.send(index, intended, outcome -> {
                    if (outcome.success()) {
                        lag.accepted(intended, index >= warmup);
                    }
                    completion.complete(outcome);
                });
        return LoadRuns.run(bench, label, plan, target);
    }

    SummaryLag lag() {
        return new SummaryLag(new OversightSummary(bench.session()), Duration.ofMillis(100));
    }

    static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
