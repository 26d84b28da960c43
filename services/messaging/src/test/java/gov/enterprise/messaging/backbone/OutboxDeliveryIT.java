package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.backbone.BackboneEvents.StepRecordedV1;
import gov.enterprise.messaging.backbone.BackboneEvents.StepSkippedV1;
import gov.enterprise.messaging.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

/** The happy path and its edges: commit, rollback, redelivery, unhandled types, metrics. */
@IntegrationTest
class OutboxDeliveryIT {

    @Autowired
    Counters counters;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TopicNames topics;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TestEnvironment env;

    @Test
    void eventsCommittedWithTheirStateChangeArriveInOrderPerKeyAndAreAppliedOnce() throws Exception {
        int counterCount = 20;
        int stepsEach = 25;
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int w = 0; w < 4; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < counterCount * stepsEach / 4; i++) {
                        // writers collide on the same counters: the row lock orders their events
                        counters.advance("ordered-" + ThreadLocalRandom.current().nextInt(counterCount));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        int total = counterCount * stepsEach;
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("ordered-%") == total);

        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc);
        assertThat(effects.resent()).as("duplicate effects").isZero();
        assertThat(effects.inversions()).as("effects out of order").isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc)).isEmpty();

        DeliveryOrder onTopic = DeliveryOrder.onTopic(log());
        assertThat(onTopic.inversions()).as("per-key inversions on the topic").isZero();
        assertThat(onTopic.distinctEvents()).isGreaterThanOrEqualTo(total);
        assertThat(published()).isGreaterThanOrEqualTo(total);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        assertThatThrownBy(() -> counters.advanceThenFail("rolled-back")).hasMessage("rolled back on purpose");
        // a later event on the same key (same partition) is the proof that the consumer got past that point
        counters.advance("after-rollback");
        counters.advance("rolled-back");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("rolled-back") == 1
                && applied("after-rollback") == 1);

        assertThat(jdbc.queryForObject("select step from applied_step where counter = 'rolled-back'", Long.class))
                .as("the rolled-back step 1 never happened: the first applied step is the next commit's step 1")
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where subject = 'rolled-back'",
                Integer.class)).as("the committed event was published and left the outbox").isZero();
        List<ConsumerRecord<String, byte[]>> onTopic = log().stream()
                .filter(r -> "rolled-back".equals(r.key())).toList();
        assertThat(onTopic).hasSize(1);
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append(new StepRecordedV1("no-transaction", 1), "no-transaction"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where subject = 'no-transaction'",
                Integer.class)).isZero();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        EventEnvelope<StepRecordedV1> first = counters.advance("redelivered");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("redelivered") == 1);
        double duplicatesBefore = count(MessagingMetrics.DUPLICATES);

        ConsumerRecord<String, byte[]> original = log().stream()
                .filter(r -> TopicLog.eventId(r).equals(first.id())).findFirst().orElseThrow();
        // the same record twice more, as a broker redelivery or a relay re-send would bring it
        for (int i = 0; i < 2; i++) {
            env.publisher().publish(BackboneEvents.TOPIC, original.key(), EventProbe.headers(original),
                    original.value());
        }
        counters.advance("redelivered");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("redelivered") == 2);

        assertThat(jdbc.queryForObject("select count(*) from applied_step where event_id = ?", Integer.class,
                first.id())).isEqualTo(1);
        assertThat(count(MessagingMetrics.DUPLICATES) - duplicatesBefore).isEqualTo(2.0);
    }

    @Test
    void aKnownEventWithoutHandlerIsAcknowledgedAndCounted() {
        EventEnvelope<StepSkippedV1> skipped = counters.skip("skipped");
        counters.advance("skipped");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("skipped") == 1);
        assertThat(meters.find(MessagingMetrics.IGNORED).tag("event_type", skipped.type()).counter())
                .isNotNull()
                .satisfies(counter -> assertThat(counter.count()).isEqualTo(1.0));
    }

    @Test
    void backlogAndConsumerLagAreMeasured() {
        counters.advance("measured");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("measured") == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meters.find(MessagingMetrics.BACKLOG).gauge()).isNotNull();
            assertThat(meters.find(MessagingMetrics.BACKLOG).gauge().value()).isZero();
            assertThat(meters.find(MessagingMetrics.OLDEST_AGE).gauge()).isNotNull();
            assertThat(meters.find("kafka.consumer.fetch.manager.records.lag.max").gauges()).isNotEmpty();
            assertThat(meters.find(MessagingMetrics.CONSUMED).tag("event_type", BackboneEvents.STEP_RECORDED.name())
                    .tag("topic", BackboneEvents.TOPIC).counter()).isNotNull();
        });
    }

    private int applied(String counterPattern) {
        Integer n = jdbc.queryForObject("select count(*) from applied_step where counter like ?", Integer.class,
                counterPattern);
        return n == null ? 0 : n;
    }

    private double published() {
        return count(MessagingMetrics.PUBLISHED);
    }

    private double count(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private List<ConsumerRecord<String, byte[]>> log() {
        return TopicLog.readAll(env.bootstrapServers(), topics.of(BackboneEvents.TOPIC));
    }
}
