package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.consumer.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import gov.enterprise.contracts.Topics;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Records that cannot be processed land on the dead-letter topic with their reason, and the partition moves on:
 * the next event of the same key (so of the same partition) is applied.
 */
@IntegrationTest
@TestPropertySource(properties = "ticketing.messaging.max-body-bytes=65536")
class DeadLetterIT {

    @Autowired
    Counters counters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TopicNames topics;
    @Autowired
    MeterRegistry meters;
    @Autowired
    BackboneEventsListener listener;
    @Autowired
    TestEnvironment env;

    EventProbe deadLetters;

    @Test
    void aBodyThatIsNotJsonIsDeadLetteredAndTheNextEventIsApplied() {
        byte[] body = "{\"counter\": \"bad-json\", \"step\": ".getBytes(StandardCharsets.UTF_8);
        sendPoisonThenAnEvent("bad-json", attributes(BackboneEvents.STEP_RECORDED.name(), "bad-json"), body);

        ConsumerRecord<String, byte[]> parked = deadLettered("bad-json");
        assertThat(EventProbe.header(parked, DeadLetters.REASON))
                .startsWith("malformed event: body is not a valid gov.enterprise.backbone.step.recorded.v1");
        assertThat(parked.value()).isEqualTo(body);
        assertThat(EventProbe.header(parked, CloudEventsBinding.TYPE)).isEqualTo(BackboneEvents.STEP_RECORDED.name());
        assertThat(EventProbe.header(parked, DeadLetters.EVENT_TYPE)).isEqualTo(BackboneEvents.STEP_RECORDED.name());
        assertThat(EventProbe.header(parked, "kafka_dlt-original-topic")).isEqualTo(topics.of(BackboneEvents.TOPIC));
        assertThat(EventProbe.header(parked, "kafka_dlt-original-consumer-group")).isEqualTo("backbone-test");
        assertThat(EventProbe.header(parked, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(parked.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();
        assertThat(parked.headers().lastHeader("kafka_dlt-original-partition")).isNotNull();
        assertThat(deadLetteredCount(BackboneEvents.STEP_RECORDED.name())).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aBodyOfTheWrongShapeIsDeadLettered() {
        byte[] body = "{\"counter\": {\"nested\": true}, \"step\": \"many\"}".getBytes(StandardCharsets.UTF_8);
        sendPoisonThenAnEvent("wrong-shape", attributes(BackboneEvents.STEP_RECORDED.name(), "wrong-shape"), body);
        assertThat(EventProbe.header(deadLettered("wrong-shape"), DeadLetters.REASON))
                .startsWith("malformed event: body is not a valid gov.enterprise.backbone.step.recorded.v1");
    }

    @Test
    void anOversizedBodyIsDeadLettered() {
        String padding = "x".repeat(70_000);
        byte[] body = ("{\"counter\": \"oversized\", \"step\": 1, \"padding\": \"" + padding + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        sendPoisonThenAnEvent("oversized", attributes(BackboneEvents.STEP_RECORDED.name(), "oversized"), body);
        assertThat(EventProbe.header(deadLettered("oversized"), DeadLetters.REASON))
                .isEqualTo("malformed event: body of " + body.length + " bytes exceeds the limit of 65536 bytes");
    }

    @Test
    void anUnknownTypeIsDeadLettered() {
        byte[] body = "{\"counter\": \"unknown-type\"}".getBytes(StandardCharsets.UTF_8);
        sendPoisonThenAnEvent("unknown-type", attributes("gov.enterprise.backbone.teleported.v1", "unknown-type"),
                body);
        ConsumerRecord<String, byte[]> parked = deadLettered("unknown-type");
        assertThat(EventProbe.header(parked, DeadLetters.REASON)).isEqualTo(
                "malformed event: unknown event type or version 'gov.enterprise.backbone.teleported.v1'");
        assertThat(EventProbe.header(parked, DeadLetters.EVENT_TYPE)).isEqualTo(MessagingMetrics.UNKNOWN_TYPE);
        assertThat(deadLetteredCount(MessagingMetrics.UNKNOWN_TYPE)).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void anUnknownVersionIsDeadLettered() {
        byte[] body = "{\"counter\": \"unknown-version\", \"step\": 1}".getBytes(StandardCharsets.UTF_8);
        sendPoisonThenAnEvent("unknown-version",
                attributes("gov.enterprise.backbone.step.recorded.v9", "unknown-version"), body);
        assertThat(EventProbe.header(deadLettered("unknown-version"), DeadLetters.REASON)).isEqualTo(
                "malformed event: unknown event type or version 'gov.enterprise.backbone.step.recorded.v9'");
    }

    @Test
    void aRecordWithoutCloudEventsHeadersIsDeadLettered() {
        byte[] body = "{\"counter\": \"no-headers\", \"step\": 1}".getBytes(StandardCharsets.UTF_8);
        sendPoisonThenAnEvent("no-headers", Map.of(), body);
        assertThat(EventProbe.header(deadLettered("no-headers"), DeadLetters.REASON))
                .isEqualTo("malformed event: missing CloudEvents attribute header 'ce_specversion'");
    }

    @Test
    void aRecordMissingOneAttributeIsDeadLettered() {
        byte[] body = "{\"counter\": \"no-id\", \"step\": 1}".getBytes(StandardCharsets.UTF_8);
        var headers = attributes(BackboneEvents.STEP_RECORDED.name(), "no-id");
        headers.remove(CloudEventsBinding.ID);
        sendPoisonThenAnEvent("no-id", headers, body);
        assertThat(EventProbe.header(deadLettered("no-id"), DeadLetters.REASON))
                .isEqualTo("malformed event: missing CloudEvents attribute header 'ce_id'");
    }

    @Test
    void aHandlerThatFailsForAWhileIsRetriedAndAppliedOnce() {
        var event = counters.reportTrouble("flaky", 2, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> troubleApplied("flaky") == 1);
        assertThat(jdbc.queryForObject("select attempts from applied_trouble where id = 'flaky'", Integer.class))
                .isEqualTo(3);
        assertThat(listener.attempts(event.id())).isEqualTo(3);
    }

    @Test
    void aHandlerThatKeepsFailingIsRetriedThenDeadLetteredAndConsumptionContinues() {
        var event = counters.reportTrouble("broken", 1_000, false);
        counters.advance("broken");
        await().atMost(Duration.ofSeconds(30)).until(() -> stepsApplied("broken") == 1);

        ConsumerRecord<String, byte[]> parked = deadLettered("broken");
        assertThat(EventProbe.header(parked, CloudEventsBinding.ID)).isEqualTo(event.id().toString());
        assertThat(EventProbe.header(parked, DeadLetters.REASON)).isEqualTo("handler failed 3 times:"
                + " java.lang.IllegalStateException: trouble broken failed on attempt 3");
        assertThat(listener.attempts(event.id())).as("first attempt and 2 retries").isEqualTo(3);
        assertThat(troubleApplied("broken")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                event.id())).as("a failed event is not recorded as processed").isZero();
    }

    @Test
    void anEventTheHandlerRejectsIsDeadLetteredWithoutRetries() {
        var event = counters.reportTrouble("refused", 0, true);
        counters.advance("refused");
        await().atMost(Duration.ofSeconds(30)).until(() -> stepsApplied("refused") == 1);
        assertThat(EventProbe.header(deadLettered("refused"), DeadLetters.REASON))
                .isEqualTo("rejected by handler: trouble refused can never be applied");
        assertThat(listener.attempts(event.id())).isEqualTo(1);
    }

    private void sendPoisonThenAnEvent(String key, Map<String, String> headers, byte[] body) {
        env.publisher().publish(BackboneEvents.TOPIC, key, headers, body);
        counters.advance(key);
        await().atMost(Duration.ofSeconds(30)).until(() -> stepsApplied(key) == 1);
    }

    private ConsumerRecord<String, byte[]> deadLettered(String key) {
        ConsumerRecord<String, byte[]> parked = deadLetters().await(record -> key.equals(record.key()));
        assertThat(deadLetters().received()).filteredOn(record -> key.equals(record.key()))
                .as("dead-lettered once").hasSize(1);
        return parked;
    }

    private synchronized EventProbe deadLetters() {
        if (deadLetters == null) {
            deadLetters = env.probe(Topics.deadLetter(BackboneEvents.TOPIC));
        }
        return deadLetters;
    }

    private static Map<String, String> attributes(String type, String subject) {
        return new LinkedHashMap<>(CloudEventsBinding.attributes(UUID.randomUUID(), type, "/poison", subject,
                Instant.now()));
    }

    private int stepsApplied(String counter) {
        return jdbc.queryForObject("select count(*) from applied_step where counter = ?", Integer.class, counter);
    }

    private int troubleApplied(String id) {
        return jdbc.queryForObject("select count(*) from applied_trouble where id = ?", Integer.class, id);
    }

    private double deadLetteredCount(String eventType) {
        return meters.find(MessagingMetrics.DEAD_LETTERED).tag("event_type", eventType).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

}
