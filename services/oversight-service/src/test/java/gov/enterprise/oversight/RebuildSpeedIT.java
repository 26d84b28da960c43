package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.consumer.EventListenerContainers;
import gov.enterprise.testsupport.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * How fast a rebuild reads the topics into a new generation. Off by default (it publishes a few hundred thousand
 * events); run with {@code -Doversight.rebuild.issues=50000}. The live listeners are stopped first so that only the
 * rebuild works; the speed is printed and kept in the generation's report ({@code bulkEventsPerSecond}).
 */
@OversightIntegrationTest
@EnabledIfSystemProperty(named = "oversight.rebuild.issues", matches = "\\d+")
class RebuildSpeedIT {

    private static final CloudEventsBinding BINDING = new CloudEventsBinding(EventCatalog.standard());
    private static final String[] REGIONS = {"331002", "331003", "331004", "331022", "331023", "331024", "331081",
            "331082", "331083"};
    private static final String[] CLUSTERS = {"AUTO", "AVIATION", "MOULD", "PHARMA", "SANITARY", "SEWING", "PUMP",
            "OTHER"};
    private static final String[][] ROUTES = {{"LAND", "NRP"}, {"FUND", "FBU"}, {"FINANCE", "FIN"},
            {"TALENT", "TAL"}};

    @Autowired
    TestEnvironment env;
    @Autowired
    EventListenerContainers listeners;
    @LocalServerPort
    int port;

    @Test
    void rebuildSpeed() throws Exception {
        int issues = Integer.getInteger("oversight.rebuild.issues");
        listeners.stop();
        long published = publish(issues);

        var api = new OversightApi(port);
        assertThat(api.post("/api/v1/oversight/rebuilds", "admin").status()).isEqualTo(202);
        JsonNode report = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            report = api.json("/api/v1/oversight/rebuilds/2", "admin");
            if (!report.path("status").asString().matches("BUILDING|CATCHING_UP")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(report.path("status").asString()).isEqualTo("ACTIVE");
        System.out.printf("REBUILD SPEED: %d events (%d issues) read and loaded in %.1f s: %.0f events/s%n",
                report.path("bulkEvents").asLong(), issues, report.path("bulkSeconds").asDouble(),
                report.path("bulkEventsPerSecond").asDouble());
        assertThat(report.path("bulkEvents").asLong()).isEqualTo(published);
        assertThat(api.json("/api/v1/oversight/summary", "admin").path("issuesCollected").asLong())
                .isEqualTo(issues);
    }

    /** Each issue: reported, routed, assigned, accepted, resolved, closed; and one visit per issue. */
    private long publish(int issues) {
        long count = 0;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, env.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.ACKS_CONFIG, "1"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < issues; i++) {
                String issue = "S" + i;
                EnterpriseFacts enterprise = Campaign.enterprise("9133%014d".formatted(i % 20000),
                        REGIONS[i % REGIONS.length], CLUSTERS[i % CLUSTERS.length]);
                String[] route = ROUTES[i % ROUTES.length];
                int day = 1 + i % 28;
                String reported = "2026-09-%02dT10:00".formatted(day);
                var campaign = new Campaign();
                campaign.visit("SV" + i, enterprise, "2026-09-%02dT09:00".formatted(day));
                campaign.reported(issue, enterprise, reported)
                        .routed(issue, enterprise, route[0], route[1], reported, reported + ":01")
                        .ticket(issue, enterprise, route[0], reported, "2026-10-20")
                        .assigned(route[1], reported + ":02").accepted("2026-10-%02dT09:00".formatted(day % 9 + 1))
                        .resolved(i % 3 == 0 ? "EXPLAINED" : "SOLVED", "2026-10-%02dT15:00".formatted(day % 9 + 10))
                        .closed("ON_TIME", "SATISFIED", i % 5 == 0, 5 + i % 10,
                                "2026-10-%02dT10:00".formatted(day % 9 + 20));
                for (EventEnvelope<?> event : campaign.events()) {
                    String topic = BINDING.catalog().find(event.type()).orElseThrow().topic();
                    var record = new ProducerRecord<>(env.topic(topic), event.subject(), BINDING.body(event));
                    BINDING.attributes(event).forEach((name, value) ->
                            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                    producer.send(record);
                    count++;
                }
            }
            producer.flush();
        }
        return count;
    }
}
