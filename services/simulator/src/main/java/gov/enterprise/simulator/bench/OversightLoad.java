package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.campaign.OversightSummary;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import java.util.Map;

/**
 * Leaders' queries at a constant rate: the summary and the four breakdowns, as the city's leader (all regions).
 * Queries run against whatever the stack holds; the campaign's 6,005 issues are the reference size.
 */
final class OversightLoad {

    static final String[] PATHS = {
            OversightSummary.PATH,
            "/api/v1/oversight/breakdown?by=department",
            "/api/v1/oversight/breakdown?by=region",
            "/api/v1/oversight/breakdown?by=cluster",
            "/api/v1/oversight/breakdown?by=category"};

    private final Bench bench;

    OversightLoad(Bench bench) {
        this.bench = bench;
    }

    /** {@code paths}: which of {@link #PATHS} to cycle through (e.g. only the summary). */
    LoadResult run(String label, LoadPlan plan, String... paths) {
        String[] cycle = paths.length == 0 ? PATHS : paths;
        bench.api().tokens().forSubject(OversightSummary.CITY_LEADER);
        var target = new HttpLoadTarget(bench.api(), index -> bench.api().request("GET",
                OversightSummary.CITY_LEADER, cycle[(int) (index % cycle.length)], null, Map.of()),
                HttpLoadTarget.Answers.successful());
        return LoadRuns.run(bench, label, plan, target);
    }
}
