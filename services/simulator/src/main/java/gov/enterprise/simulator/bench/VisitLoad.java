package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.campaign.EnterprisePlan;
import gov.enterprise.simulator.campaign.IssueTexts;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Cadres record visits ({@code POST /api/v1/visits}) at a constant rate, each at one of its paired enterprises of
 * the pool; three visits in ten raise an issue (which intake then takes in from the visit's event, as in a
 * campaign).
 */
final class VisitLoad {

    private final Bench bench;
    private final BenchPool pool;

    VisitLoad(Bench bench, BenchPool pool) {
        this.bench = bench;
        this.pool = pool;
    }

    LoadResult run(String label, LoadPlan plan) {
        long base = bench.next((long) Math.ceil(plan.ratePerSecond()
                * (plan.warmup().toSeconds() + plan.duration().toSeconds() + 1)));
        String visitedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        for (long i = 0; i < Math.min(pool.size(), 2_000); i++) {
            bench.api().tokens().forSubject("cadre:" + pool.cadreOf(pool.enterprise(base + i).uscc()));
        }
        var target = new HttpLoadTarget(bench.api(), index -> {
            long sequence = base + index;
            EnterprisePlan enterprise = pool.enterprise(sequence);
            String visitId = uuid("visit", sequence);
            var body = new LinkedHashMap<String, Object>();
            body.put("visitId", visitId);
            body.put("uscc", enterprise.uscc());
            body.put("visitedAt", visitedAt);
            body.put("mode", sequence % 5 == 0 ? "PHONE" : "ON_SITE");
            body.put("summary", "走访" + enterprise.name() + "，了解企业生产经营情况。");
            if (sequence % 10 < 3) {
                IssueTexts.Matter matter = pool.matter(sequence, pool.matterCount() / 2);
                IssueTexts.Text text = IssueTexts.write(matter.category(), matter.template(), enterprise.product(),
                        new SplittableRandom(sequence));
                body.put("issues", List.of(Map.of("issueId", uuid("issue", sequence), "title", text.title(),
                        "description", text.description(), "categoryHint", text.category())));
            } else {
                body.put("issues", List.of());
            }
            return bench.api().request("POST", "cadre:" + pool.cadreOf(enterprise.uscc()), "/api/v1/visits",
                    bench.api().bytes(body), Map.of("Idempotency-Key", "visit-" + visitId));
        }, HttpLoadTarget.Answers.successful());
        return LoadRuns.run(bench, label, plan, target);
    }

    private String uuid(String kind, long sequence) {
        return UUID.nameUUIDFromBytes(("bench:" + bench.runId() + ":" + kind + ":" + sequence)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
