package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.readmodel.Generations;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A rebuild whose instance died is failed by the instances still running, without waiting for someone to start
 * another rebuild: until then the live listeners would write every event to its generation too. One that reports
 * progress is left alone.
 */
@OversightIntegrationTest
@TestPropertySource(properties = "ticketing.oversight.abandoned-rebuild-check=200ms")
class AbandonedRebuildIT {

    @Autowired
    Generations generations;
    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aRebuildThatStoppedReportingIsFailedAndItsGenerationNoLongerWrittenTo() throws Exception {
        var api = new OversightApi(port);
        var delivery = new Delivery(env, jdbc);

        // a rebuild's instance died while catching up: the live listeners write to its generation
        Generation abandoned = generations.createForRebuild();
        generations.markCatchingUp(abandoned);
        assertThat(generations.writable()).extracting(Generation::number).contains(abandoned.number());
        reportedLast(abandoned, Duration.ofMinutes(3));

        JsonNode failed = awaitStatus(api, abandoned.number(), "FAILED");
        assertThat(failed.path("detail").asString()).contains("abandoned");
        awaitDropped(abandoned.schema()); // after it is marked failed
        assertThat(generations.writable()).extracting(Generation::number).doesNotContain(abandoned.number());

        // events go on being applied to the active generation alone
        TaizhouCampaign.batches().forEach(delivery::publishAndAwait);
        assertThat(api.json("/api/v1/oversight/summary?from=2026-10-01&to=2026-10-31", "admin")
                .path("issuesCollected").asLong()).isEqualTo(8);

        // a rebuild that reports progress is not failed, however many checks pass
        Generation running = generations.createForRebuild();
        reportedLast(running, Duration.ofSeconds(90));
        Thread.sleep(1_000);
        assertThat(status(api, running.number()).path("status").asString()).isEqualTo("BUILDING");
        assertThat(schemaExists(running.schema())).isTrue();
        generations.fail(running, "the test is done with it"); // the next test starts a rebuild of its own
    }

    @Test
    void aRebuildFailedMeanwhileNeitherCatchesUpNorSwitchesOver() {
        var api = new OversightApi(port);
        int answering = generation(api);

        Generation building = generations.createForRebuild();
        generations.fail(building, "failed as abandoned by another instance");
        assertThatThrownBy(() -> generations.markCatchingUp(building)).isInstanceOf(IllegalStateException.class);
        assertThat(status(api, building.number()).path("status").asString()).isEqualTo("FAILED");

        Generation caughtUp = generations.createForRebuild();
        generations.markCatchingUp(caughtUp);
        generations.fail(caughtUp, "failed as abandoned by another instance");
        assertThatThrownBy(() -> generations.activate(caughtUp)).isInstanceOf(IllegalStateException.class);
        assertThat(status(api, caughtUp.number()).path("status").asString()).isEqualTo("FAILED");
        // the generation answering before still answers: the switch was undone whole
        assertThat(status(api, answering).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(generation(api)).isEqualTo(answering);
    }

    /** The generation that answered a query. */
    private static int generation(OversightApi api) {
        return api.json("/api/v1/oversight/summary?from=2026-10-01&to=2026-10-31", "admin").path("query")
                .path("generation").asInt();
    }

    private void reportedLast(Generation generation, Duration ago) {
        jdbc.sql("update read_model_generation set updated_at = now() - make_interval(secs => ?) where generation = ?")
                .param((double) ago.toSeconds()).param(generation.number()).update();
    }

    private JsonNode awaitStatus(OversightApi api, int generation, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode seen = status(api, generation);
        while (!seen.path("status").asString().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = status(api, generation);
        }
        assertThat(seen.path("status").asString()).as("generation %d", generation).isEqualTo(expected);
        return seen;
    }

    private void awaitDropped(String schema) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (schemaExists(schema) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(schemaExists(schema)).as(schema).isFalse();
    }

    private static JsonNode status(OversightApi api, int generation) {
        return api.json("/api/v1/oversight/rebuilds/" + generation, "admin");
    }

    private boolean schemaExists(String schema) {
        return jdbc.sql("select count(*) from information_schema.schemata where schema_name = ?").param(schema)
                .query(Integer.class).single() > 0;
    }
}
