package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.api.Session;
import gov.enterprise.simulator.campaign.CampaignLoader;
import gov.enterprise.simulator.campaign.CampaignPlan;
import gov.enterprise.simulator.campaign.CampaignSpec;
import gov.enterprise.simulator.campaign.Figures;
import gov.enterprise.simulator.campaign.OversightSummary;
import gov.enterprise.simulator.resource.ResourceMonitor;
import java.time.Duration;
import java.util.Locale;

/**
 * Campaign replay: the whole campaign loaded through the API, timed from the first request until the oversight
 * summary shows its final figures. On a stack that already holds the campaign this is a reload (which must add
 * nothing) and the time is not a replay time; the result says so.
 */
final class CampaignReplay {

    static final double TARGET_SECONDS = 60;

    private final Bench bench;

    CampaignReplay(Bench bench) {
        this.bench = bench;
    }

    ScenarioResult run(CampaignSpec spec, int concurrency, Duration timeout) {
        String name = "campaign replay";
        CampaignPlan plan = CampaignPlan.generate(spec);
        Figures before;
        try {
            before = new OversightSummary(bench.session()).read();
        } catch (ServiceUnavailableException e) {
            before = null;
            bench.out().println("campaign replay: " + e.getMessage() + " (loading anyway, the figures cannot be checked)");
        }
        boolean reload = before != null && plan.expected().shownBy(before);
        var monitor = new ResourceMonitor(bench.processes()).start();
        CampaignLoader.Result loaded = new CampaignLoader(new Session(bench.api(), concurrency), plan, timeout,
                bench.out()).load();
        ResourceMonitor.Usage usage = monitor.stop();
        if (loaded.blockedBy() != null) {
            return ScenarioResult.blocked(name, loaded.blockedBy());
        }
        var result = new ScenarioResult(name);
        double seconds = loaded.wallNanos() / 1e9;
        String campaign = String.format(Locale.ROOT, "%,d enterprises / %,d issues / %,d handled",
                plan.expected().enterprisesVisited(), plan.expected().issuesCollected(), plan.expected().handled());
        if (!loaded.figuresReached()) {
            result.figure("campaign replay (" + campaign + ")", "summary shows " + loaded.shown(),
                    "the campaign's figures", "NOT REACHED within " + timeout.toSeconds() + " s");
        } else if (!loaded.exact()) {
            result.figure("campaign load into a stack holding other data (" + campaign + ")",
                    String.format(Locale.ROOT, "%.1f s", seconds), "", "figures checked as a lower bound only;"
                            + " replay time is measured on an empty stack");
        } else if (reload) {
            result.figure("campaign reload (" + campaign + ", already loaded)",
                    String.format(Locale.ROOT, "%.1f s, figures unchanged", seconds), "adds nothing", "met");
        } else {
            result.figure("campaign replay (" + campaign + ")", String.format(Locale.ROOT, "%.1f s", seconds),
                    spec.isReference() ? "< 60 s" : "", spec.isReference()
                            ? Verdicts.atMost(seconds, TARGET_SECONDS, " s") : "(not the reference campaign)");
        }
        result.figure("campaign requests / retries / ticket and triage actions", String.format(Locale.ROOT,
                "%,d / %,d / %,d", loaded.requests(), loaded.retries(), loaded.actions()));
        if (usage.totalCpuSeconds() > 0 && !reload) {
            result.figure("CPU seconds per 1,000 issues (campaign replay, whole stack)", String.format(Locale.ROOT,
                    "%.1f s", usage.totalCpuSeconds() / (plan.issues().size() / 1000.0)));
        }
        if (loaded.errorCount() > 0) {
            result.note(loaded.errorCount() + " errors, e.g. " + loaded.errors());
        }
        if (loaded.anomalyCount() > 0) {
            result.note(loaded.anomalyCount() + " issues the system took elsewhere than planned, e.g. "
                    + loaded.anomalies());
        }
        result.note("expected " + plan.expected() + "; summary " + loaded.shown());
        Resources.describe(result, "campaign replay", usage);
        return result;
    }
}
