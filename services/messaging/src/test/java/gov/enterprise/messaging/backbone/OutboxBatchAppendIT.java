package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.backbone.BackboneEvents.StepRecordedV1;
import gov.enterprise.messaging.outbox.Outbox;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * {@code Outbox.appendAll}: events appended as one batch are relayed once each, in order per key, also when
 * batches of several transactions interleave on the same keys; a batch is all or nothing.
 */
@IntegrationTest
class OutboxBatchAppendIT {

    @Autowired
    Counters counters;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TopicNames topics;
    @Autowired
    TestEnvironment env;

    @Test
    void batchesOfConcurrentTransactionsAreRelayedOnceEachInOrderPerKey() throws Exception {
        int writers = 4;
        int batchesEach = 5;
        int keys = 15;
        int stepsPerBatch = 120;      // several events of each key in one batch, in step order
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        var envelopes = new ArrayList<EventEnvelope<?>>();
        try {
            var done = new ArrayList<Future<List<EventEnvelope<?>>>>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    var appended = new ArrayList<EventEnvelope<?>>();
                    for (int b = 0; b < batchesEach; b++) {
                        appended.addAll(counters.advanceAll("batched-", keys, stepsPerBatch));
                    }
                    return appended;
                }));
            }
            for (var writer : done) {
                envelopes.addAll(writer.get());
            }
        } finally {
            pool.shutdown();
        }
        int total = writers * batchesEach * stepsPerBatch;
        assertThat(envelopes).hasSize(total);
        await().atMost(Duration.ofSeconds(60)).until(() -> applied("batched-%") == total);

        // what was appended is what the topic got, and nothing of it is left in the outbox
        List<UUID> relayed = log().stream().filter(r -> r.key().startsWith("batched-")).map(TopicLog::eventId)
                .toList();
        assertThat(relayed).containsExactlyInAnyOrderElementsOf(envelopes.stream().map(EventEnvelope::id).toList());
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where subject like 'batched-%'",
                Integer.class)).isZero();
        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc, "batched-");
        assertThat(effects.records()).isEqualTo(total);
        assertThat(effects.resent()).as("duplicate effects").isZero();
        assertThat(effects.inversions()).as("effects out of order").isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc, "batched-")).isEmpty();
        DeliveryOrder onTopic = DeliveryOrder.onTopic(log(), "batched-");
        assertThat(onTopic.records()).as("each event relayed once").isEqualTo(total);
        assertThat(onTopic.distinctEvents()).isEqualTo(total);
        assertThat(onTopic.inversions()).as("per-key inversions on the topic").isZero();
    }

    @Test
    void theEnvelopesCarryWhatIsStoredAndRelayed() {
        List<EventEnvelope<?>> envelopes = counters.advanceAll("enveloped-", 2, 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("enveloped-%") == 4);

        assertThat(envelopes).extracting(EventEnvelope::subject)
                .containsExactly("enveloped-0", "enveloped-1", "enveloped-0", "enveloped-1");
        assertThat(envelopes).extracting(e -> ((StepRecordedV1) e.data()).step()).containsExactly(1L, 1L, 2L, 2L);
        var onTopic = log().stream().filter(r -> r.key().startsWith("enveloped-")).toList();
        assertThat(onTopic).extracting(TopicLog::eventId)
                .containsExactlyInAnyOrderElementsOf(envelopes.stream().map(EventEnvelope::id).toList());
        for (ConsumerRecord<String, byte[]> record : onTopic) {
            EventEnvelope<?> envelope = envelopes.stream().filter(e -> e.id().equals(TopicLog.eventId(record)))
                    .findFirst().orElseThrow();
            assertThat(record.key()).isEqualTo(envelope.subject());
            assertThat(TopicLog.header(record, "ce_type")).isEqualTo(envelope.type());
            assertThat(TopicLog.header(record, "ce_time")).isEqualTo(envelope.time().toString());
        }
    }

    @Test
    void aBatchWithOneRefusedEventStoresNothingAndNoTransactionNoBatch() {
        assertThatThrownBy(() -> counters.advanceAllWithOversizedEvent("refused-batch"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceeds the limit");
        assertThatThrownBy(() -> outbox.appendAll(List.of(new Outbox.Event(new StepRecordedV1("loose", 1),
                "loose")))).isInstanceOf(IllegalTransactionStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from outbox_event where subject in ('refused-batch',"
                + " 'loose')", Integer.class)).isZero();
        assertThat(counters.step("refused-batch")).as("the state change rolled back with its events").isZero();
    }

    private int applied(String counterPattern) {
        Integer n = jdbc.queryForObject("select count(*) from applied_step where counter like ?", Integer.class,
                counterPattern);
        return n == null ? 0 : n;
    }

    private List<ConsumerRecord<String, byte[]>> log() {
        return TopicLog.readAll(env.bootstrapServers(), topics.of(BackboneEvents.TOPIC));
    }
}
