package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.rebuild.RebuildObserver;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rebuild reads the topics into a new generation while the old one answers, then switches: the new generation
 * holds exactly what the live one held, including the events published while it was being built.
 */
@OversightIntegrationTest
@Import(RebuildIT.AtPhases.class)
class RebuildIT {

    /** Runs what a test wants at a phase of a rebuild, in the rebuild's thread, before the rebuild goes on. */
    static class AtPhases implements RebuildObserver {

        final Map<Phase, Runnable> actions = new ConcurrentHashMap<>();

        @Override
        public void reached(Generation generation, Phase phase) {
            Runnable action = actions.remove(phase);
            if (action != null) {
                action.run();
            }
        }
    }

    static final String ADMIN = "admin";
    static final List<String> TABLES = List.of("issue", "issue_delta_day", "issue_delta_month", "issue_cell_day",
            "issue_delta_effective_day", "issue_cell_month", "enterprise", "visit", "enterprise_visit_day",
            "visit_month", "visit_day_prev_month", "visit_prev_day_month");

    @Autowired
    AtPhases phases;
    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aRebuildFromTheTopicsGivesTheSameReadModelsAndSwitchesOverWithoutAGap() throws Exception {
        var api = new OversightApi(port);
        var delivery = new Delivery(env, jdbc);
        TaizhouCampaign.batches().forEach(delivery::publishAndAwait);
        List<String> questions = List.of("/summary?from=2026-10-01&to=2026-10-31",
                "/summary?from=2026-09-01&to=2026-10-31&asOf=2026-10-20", "/breakdown?by=region",
                "/breakdown?by=department&from=2026-10-01&to=2026-10-31", "/trend?interval=day&from=2026-10-01",
                "/overdue", "/ranking?minTickets=1");
        List<JsonNode> before = questions.stream().map(q -> figures(api.json("/api/v1/oversight" + q, ADMIN)))
                .toList();

        // events keep coming while the rebuild runs. Those consumed after the bulk load noted the topics' ends but
        // before the new generation is written live reach it by the catch-up; those consumed once it is written live
        // reach it twice, live and by the catch-up, and count once
        phases.actions.put(RebuildObserver.Phase.BULK_LOADED, () -> delivery.publishAndAwait(moreIssues("A", 30)));
        phases.actions.put(RebuildObserver.Phase.CATCHING_UP, () -> delivery.publishAndAwait(moreIssues("B", 30)));
        var started = api.post("/api/v1/oversight/rebuilds", ADMIN);
        assertThat(started.status()).isEqualTo(202);
        int generation = started.json().path("generation").asInt();
        assertThat(generation).isEqualTo(2);
        assertThat(started.headers().firstValue("Location").orElseThrow())
                .endsWith("/api/v1/oversight/rebuilds/2");
        assertThat(api.post("/api/v1/oversight/rebuilds", ADMIN).status()).isEqualTo(409);

        awaitStatus(api, generation, "ACTIVE");
        assertThat(phases.actions).isEmpty();
        delivery.awaitConsumed();

        for (String table : TABLES) {
            assertThat(difference("oversight_rm1", "oversight_rm2", table)).as(table).isZero();
            assertThat(difference("oversight_rm2", "oversight_rm1", table)).as(table).isZero();
        }
        JsonNode summary = api.json("/api/v1/oversight/summary?from=2026-10-01&to=2026-10-31", ADMIN);
        assertThat(summary.path("query").path("generation").asInt()).isEqualTo(2);
        assertThat(summary.path("issuesCollected").asLong()).isEqualTo(8 + 60);

        JsonNode report = api.json("/api/v1/oversight/rebuilds/2", ADMIN);
        assertThat(report.path("catchUpEvents").asLong()).as("events read by the catch-up").isPositive();
        assertThat(report.path("bulkEventsPerSecond").isNumber()).isTrue();
        assertThat(api.json("/api/v1/oversight/rebuilds/1", ADMIN).path("status").asString()).isEqualTo("RETIRED");

        // a second rebuild over the same topics answers the same questions the same way, and drops nothing live
        delivery.awaitConsumed();
        List<JsonNode> live = questions.stream().map(q -> figures(api.json("/api/v1/oversight" + q, ADMIN)))
                .toList();
        assertThat(api.post("/api/v1/oversight/rebuilds", ADMIN).status()).isEqualTo(202);
        awaitStatus(api, 3, "ACTIVE");
        List<JsonNode> rebuilt = questions.stream().map(q -> figures(api.json("/api/v1/oversight" + q, ADMIN)))
                .toList();
        assertThat(rebuilt).isEqualTo(live);
        assertThat(before.get(0).path("issuesCollected").asLong()).isEqualTo(8);
        // generation 1 is dropped, generation 2 kept until the next rebuild
        assertThat(api.json("/api/v1/oversight/rebuilds/1", ADMIN).path("status").asString()).isEqualTo("DROPPED");
        assertThat(schemaExists("oversight_rm1")).isFalse();
        assertThat(schemaExists("oversight_rm2")).isTrue();
    }

    private static List<EventEnvelope<?>> moreIssues(String prefix, int count) {
        var campaign = new Campaign();
        for (int i = 0; i < count; i++) {
            String issue = prefix + i;
            var enterprise = i % 2 == 0 ? TaizhouCampaign.E2 : TaizhouCampaign.E3;
            campaign.reported(issue, enterprise, "2026-10-30T10:00")
                    .routed(issue, enterprise, "LAND", "NRP", "2026-10-30T10:00", "2026-10-30T10:00:01")
                    .ticket(issue, enterprise, "LAND", "2026-10-30T10:00", "2026-11-20")
                    .assigned("NRP", "2026-10-30T10:00:02").accepted("2026-10-30T15:00");
            campaign.visit(prefix + "V" + i, enterprise, "2026-10-30T09:00");
        }
        return new ArrayList<>(campaign.events());
    }

    private void awaitStatus(OversightApi api, int generation, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = api.json("/api/v1/oversight/rebuilds/" + generation, ADMIN).path("status").asString();
            if (seen.equals(status)) {
                return;
            }
            assertThat(seen).as("generation %d", generation).isNotEqualTo("FAILED");
            Thread.sleep(200);
        }
        throw new AssertionError("generation " + generation + " is " + seen + ", not " + status);
    }

    /**
     * Rows of a table in one generation that the other lacks (cube and visit aggregate rows compared by their non-zero
     * sums: the live generation keeps rows that changes brought back to zero).
     */
    private long difference(String left, String right, String table) {
        String rows = table.startsWith("issue_") || table.startsWith("visit_") ? sums(table)
                : "select * from %s." + table;
        return jdbc.sql("select count(*) from ((" + rows.formatted(left) + ") except (" + rows.formatted(right)
                + ")) difference").query(Long.class).single();
    }

    private String sums(String table) {
        List<String> columns = jdbc.sql("select column_name from information_schema.columns"
                        + " where table_schema = 'oversight_rm2' and table_name = ? order by ordinal_position")
                .param(table).query(String.class).list();
        assertThat(columns).as(table).isNotEmpty();
        List<String> keys = columns.stream().filter(c -> c.endsWith("_day") || c.endsWith("_month")
                || List.of("region", "cluster", "category", "department").contains(c)).toList();
        List<String> counters = columns.stream().filter(c -> !keys.contains(c)).toList();
        return "select " + String.join(", ", keys) + ", " + String.join(", ", counters.stream()
                .map(c -> "sum(" + c + ")").toList()) + " from %s." + table + " group by " + String.join(", ", keys)
                + " having " + String.join(" or ", counters.stream().map(c -> "sum(" + c + ") <> 0").toList());
    }

    private boolean schemaExists(String schema) {
        return jdbc.sql("select count(*) from information_schema.schemata where schema_name = ?").param(schema)
                .query(Integer.class).single() > 0;
    }

    /** An answer without what differs between generations: when it was made, by which generation. */
    private static JsonNode figures(JsonNode answer) {
        var copy = (ObjectNode) answer.deepCopy();
        copy.remove("generatedAt");
        copy.remove("query");
        return copy;
    }
}
