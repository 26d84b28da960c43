package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.consumer.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import gov.enterprise.contracts.Topics;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When the dead-letter topic refuses the record, the record is not skipped: it stays where it is, is tried again,
 * and lands on the dead-letter topic once that accepts it; only then does the partition move on.
 */
@IntegrationTest
class DeadLetterOutageIT {

    @Autowired
    Counters counters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TopicNames topics;
    @Autowired
    TestEnvironment env;

    @Test
    void aRecordTheDeadLetterTopicRefusesIsRetriedUntilItIsParked() throws Exception {
        String deadLetterTopic = topics.deadLetterOf(BackboneEvents.TOPIC);
        // a dead-letter record carries the original plus the exception headers: far more than 200 bytes
        limitRecordSize(deadLetterTopic, "200");

        EventProbe parkedRecords = env.probe(Topics.deadLetter(BackboneEvents.TOPIC));
        env.publisher().publish(BackboneEvents.TOPIC, "stuck", CloudEventsBinding.attributes(UUID.randomUUID(),
                        "gov.enterprise.backbone.vanished.v1", "/poison", "stuck", Instant.now()),
                "{}".getBytes(StandardCharsets.UTF_8));
        counters.advance("stuck");

        parkedRecords.assertNone(record -> true, Duration.ofSeconds(3));
        assertThat(stepsApplied("stuck")).as("the partition waits behind the unparked record").isZero();

        limitRecordSize(deadLetterTopic, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> stepsApplied("stuck") == 1);
        var parked = parkedRecords.await(record -> "stuck".equals(record.key()));
        assertThat(parkedRecords.received()).hasSize(1);
        assertThat(EventProbe.header(parked, DeadLetters.REASON))
                .isEqualTo("malformed event: unknown event type or version 'gov.enterprise.backbone.vanished.v1'");
    }

    private void limitRecordSize(String topic, String maxBytes) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env.bootstrapServers()))) {
            var entry = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes);
            var operation = new AlterConfigOp(entry,
                    maxBytes == null ? AlterConfigOp.OpType.DELETE : AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                    List.of(operation))).all().get();
        }
    }

    private int stepsApplied(String counter) {
        return jdbc.queryForObject("select count(*) from applied_step where counter = ?", Integer.class, counter);
    }
}
