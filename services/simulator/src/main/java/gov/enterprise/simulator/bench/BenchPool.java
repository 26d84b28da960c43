package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.ApiResponse;
import gov.enterprise.simulator.campaign.Administration;
import gov.enterprise.simulator.campaign.CadrePlan;
import gov.enterprise.simulator.campaign.CampaignPlan;
import gov.enterprise.simulator.campaign.CampaignSpec;
import gov.enterprise.simulator.campaign.EnterprisePlan;
import gov.enterprise.simulator.campaign.IssueTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The enterprises and cadres the load scenarios work with, apart from the demo campaign's: a campaign plan of its
 * own seed whose enterprises are registered and paired once (idempotently). Load is spread over all of them, each
 * enterprise raising a different matter each time, the way a real campaign's 1.3 issues per enterprise look:
 * piling thousands of near-identical issues on a few enterprises would measure the duplicate detector instead.
 */
public final class BenchPool {

    public static final long SEED = 4242;

    private final CampaignPlan plan;
    private final List<EnterprisePlan> enterprises;
    private final Map<String, String> cadreOf = new HashMap<>();
    private final List<IssueTexts.Matter> matters = IssueTexts.matters();

    private BenchPool(CampaignPlan plan) {
        this.plan = plan;
        this.enterprises = plan.enterprises();
        for (CadrePlan cadre : plan.cadres()) {
            cadre.usccs().forEach(uscc -> cadreOf.putIfAbsent(uscc, cadre.cadreId()));
        }
    }

    /** The pool of {@code size} enterprises, registered and paired if they are not yet. */
    public static BenchPool ensure(Bench bench, int size) {
        var pool = new BenchPool(CampaignPlan.generate(
                CampaignSpec.scaled(SEED, size, LocalDate.now(CampaignPlan.TAIZHOU).minusDays(1))));
        var administration = new Administration(bench.session());
        List<EnterprisePlan> all = pool.enterprises;
        if (!administration.exists(all.getLast().uscc()) || !administration.exists(all.getFirst().uscc())) {
            bench.out().printf("bench pool: registering %d enterprises...%n", all.size());
            inParallel(all, enterprise -> expect(administration.register(enterprise)));
        }
        // pairings are cheap to set again, and are the whole list of each cadre: always put them
        inParallel(pool.plan.cadres(), cadre -> expect(administration.pair(cadre)));
        return pool;
    }

    private static void expect(ApiResponse answer) {
        if (!answer.ok() && !Administration.alreadyThere(answer)) {
            answer.expectOk();
        }
    }

    private static <T> void inParallel(List<T> items, Consumer<T> work) {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<?>>();
            items.forEach(item -> futures.add(threads.submit(() -> work.accept(item))));
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }

    public int size() {
        return enterprises.size();
    }

    /** The enterprise the {@code sequence}-th request of a scenario is about. */
    public EnterprisePlan enterprise(long sequence) {
        return enterprises.get((int) (sequence % enterprises.size()));
    }

    public String cadreOf(String uscc) {
        return cadreOf.get(uscc);
    }

    /**
     * The matter of the {@code sequence}-th issue: an enterprise's successive issues go through the catalogue (each
     * enterprise from its own starting point, {@code shift} apart per scenario), so none repeats another within
     * {@code size x matters} issues.
     */
    public IssueTexts.Matter matter(long sequence, int shift) {
        int enterprise = (int) (sequence % enterprises.size());
        long round = sequence / enterprises.size();
        return matters.get((int) Math.floorMod(round + enterprise * 7L + shift, (long) matters.size()));
    }

    /**
     * Whether the {@code sequence}-th issue comes after the rotation came round: every enterprise of the pool has then
     * raised every matter once, and intake flags the repeats as possible duplicates (correctly: a month's window).
     */
    public boolean repeatsMatters(long sequence) {
        return sequence / enterprises.size() >= matters.size();
    }

    public int matterCount() {
        return matters.size();
    }
}
