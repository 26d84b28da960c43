package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.ApiResponse;
import gov.enterprise.simulator.api.ServiceUnavailableException;
import gov.enterprise.simulator.campaign.Administration;
import gov.enterprise.simulator.campaign.Figures;
import gov.enterprise.simulator.campaign.OversightSummary;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Rebuild of the oversight read models from the topics ({@code POST /api/v1/oversight/rebuilds} as an administrator,
 * then following {@code GET /api/v1/oversight/rebuilds/{generation}} until it is active): the service's own measure
 * of the bulk load in events per second, the wall time until the new generation serves, and whether the figures
 * are the same afterwards.
 */
final class OversightRebuild {

    static final double TARGET_EVENTS_PER_SECOND = 50_000;
    private static final String PATH = "/api/v1/oversight/rebuilds";

    private final Bench bench;

    OversightRebuild(Bench bench) {
        this.bench = bench;
    }

    ScenarioResult run(Duration timeout) {
        var summary = new OversightSummary(bench.session());
        Figures before = summary.read();
        long started = System.nanoTime();
        ApiResponse answer = bench.session().post(Administration.ADMIN, PATH, Map.of());
        if (answer.status() == 404 || answer.status() == 405) {
            throw new ServiceUnavailableException("oversight-service", "POST " + PATH + " answers " + answer.status());
        }
        JsonNode report = answer.expectOk().json();
        int generation = report.path("generation").asInt();
        bench.out().printf("oversight rebuild: generation %d started%n", generation);
        long deadline = started + timeout.toNanos();
        String status = report.path("status").asString("");
        while (!status.equals("ACTIVE") && !status.equals("FAILED") && System.nanoTime() < deadline) {
            IntakeLoad.sleep(Duration.ofMillis(500));
            report = bench.session().get(Administration.ADMIN, PATH + "/" + generation).expectOk().json();
            status = report.path("status").asString("");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var result = new ScenarioResult("oversight rebuild");
        if (!status.equals("ACTIVE")) {
            return ScenarioResult.failed(result.name(), "generation " + generation + " is " + status + " after "
                    + Math.round(seconds) + " s: " + report.path("detail").asString(""));
        }
        double rate = report.path("bulkEventsPerSecond").asDouble(0);
        long events = report.path("bulkEvents").asLong(0);
        result.figure("oversight rebuild: bulk load from the topics (" + String.format(Locale.ROOT, "%,d events", events)
                        + ")", String.format(Locale.ROOT, "%,.0f events/s", rate), "50,000 events/s",
                Verdicts.atLeast(rate, TARGET_EVENTS_PER_SECOND, " events/s"));
        result.figure("oversight rebuild: start to new generation serving", String.format(Locale.ROOT,
                "%.1f s (catch-up %,d events)", seconds, report.path("catchUpEvents").asLong(0)));
        Figures after = summary.read();
        result.note(before.shownBy(after) ? "figures identical before and after the switch-over: " + after
                : "figures changed across the rebuild: before " + before + ", after " + after
                + " (other load running?)");
        return result;
    }
}
