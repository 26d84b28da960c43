package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.backbone.BackboneEvents.StepRecordedV1;
import gov.enterprise.messaging.consumer.DeadLetters;
import gov.enterprise.messaging.consumer.EventListenerContainers;
import gov.enterprise.messaging.consumer.ProcessedEvents;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.TestPropertySource;

/**
 * A poll is applied in one transaction, with the guarantees of one transaction per event: each event applied once
 * and in order per key, duplicates inside the poll and redeliveries skipped, a malformed record or a failing handler
 * in the middle of a poll parked without losing or repeating its neighbours, consumers of two topics that deadlock
 * on the same rows parking nothing, and every handler call continuing its own event's trace.
 *
 * <p>To get many records into one poll, each test stops the listener, lets the relay publish its events, and starts
 * the listener again.
 */
@IntegrationTest
@TestPropertySource(properties = "management.tracing.sampling.probability=1.0")
class BatchConsumptionIT {

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
    EventListenerContainers containers;
    @Autowired
    ProcessedEvents processed;
    @Autowired
    Tracer tracer;
    @Autowired
    TestEnvironment env;

    @Test
    void aPollIsAppliedInOneTransactionEachEventOnceAndInOrderPerKey() {
        counters.advanceAll("batch-", 10, 20);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("batch-") == 20);
        List<ConsumerRecord<String, byte[]>> earlier = log(BackboneEvents.TOPIC).stream()
                .filter(r -> r.key() != null && r.key().startsWith("batch-")).toList();
        double duplicatesBefore = count(MessagingMetrics.DUPLICATES);

        stop(listenerContainer());
        List<EventEnvelope<?>> appended = counters.advanceAll("batch-", 10, 400);
        awaitRelayed();
        // redeliveries of applied events, and second copies of events the coming polls also hold
        earlier.forEach(this::publishAgain);
        List<ConsumerRecord<String, byte[]>> current = log(BackboneEvents.TOPIC).stream()
                .filter(r -> appended.get(0).id().equals(TopicLog.eventId(r))
                        || appended.get(200).id().equals(TopicLog.eventId(r))
                        || appended.get(399).id().equals(TopicLog.eventId(r))).toList();
        current.forEach(this::publishAgain);
        listenerContainer().start();

        await().atMost(Duration.ofSeconds(60)).until(() -> applied("batch-") == 420);
        await().atMost(Duration.ofSeconds(10)).until(() -> count(MessagingMetrics.DUPLICATES) - duplicatesBefore
                == earlier.size() + current.size());

        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc, "batch-");
        assertThat(effects.resent()).as("duplicate effects").isZero();
        assertThat(effects.inversions()).as("effects out of order").isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc, "batch-")).isEmpty();
        Integer transactions = jdbc.queryForObject("select count(distinct tx) from applied_step"
                + " where counter like 'batch-%' and step > 2", Integer.class);
        System.out.printf("[backbone] 400 events and %d redelivered copies applied in %d transactions%n",
                earlier.size() + current.size(), transactions);
        assertThat(transactions).as("transactions for 400 events").isLessThanOrEqualTo(40);

        // each transaction was told, before its handlers ran, the keys it then applied, each once, in key order
        Map<Long, List<String>> prepared = new HashMap<>();
        for (BackboneEventsListener.Preparation preparation : listener.preparations()) {
            List<String> keys = preparation.keys().stream().filter(key -> key.startsWith("batch-")).toList();
            if (!keys.isEmpty()) {
                assertThat(prepared.put(preparation.tx(), keys)).as("told twice in one transaction").isNull();
            }
        }
        Map<Long, Set<String>> appliedKeys = new HashMap<>();
        jdbc.query("select tx, counter from applied_step where counter like 'batch-%' and step > 2 order by seq",
                (ResultSet rs) -> {
                    appliedKeys.computeIfAbsent(rs.getLong(1), tx -> new TreeSet<>()).add(rs.getString(2));
                });
        assertThat(appliedKeys).isNotEmpty();
        appliedKeys.forEach((tx, keys) -> assertThat(prepared.get(tx)).as("keys told in transaction " + tx)
                .containsExactlyElementsOf(keys));
    }

    @Test
    void anIdTwiceInOneStatementIsRecordedOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(processed.firstDeliveries("twice", List.of(first, second, first), "t"))
                .containsExactlyInAnyOrder(first, second);
        assertThat(processed.firstDeliveries("twice", List.of(second, UUID.randomUUID()), "t"))
                .hasSize(1).doesNotContain(second);
        assertThat(processed.firstDeliveries("other-group", List.of(first), "t")).containsExactly(first);
    }

    @Test
    void aMalformedRecordInTheMiddleOfAPollIsDeadLetteredAndTheOthersAppliedOnce() {
        stop(listenerContainer());
        counters.advanceAll("poison-batch", 1, 50);
        awaitRelayed();
        // advanceAll's single counter is poison-batch0: the same key, so the same partition, between its steps
        env.publisher().publish(BackboneEvents.TOPIC, "poison-batch0",
                CloudEventsBinding.attributes(UUID.randomUUID(), BackboneEvents.STEP_RECORDED.name(), "/poison",
                        "poison-batch0", Instant.now()),
                "{\"counter\": \"poison-batch0\", \"step\": ".getBytes(StandardCharsets.UTF_8));
        counters.advanceAll("poison-batch", 1, 50);
        awaitRelayed();
        listenerContainer().start();

        await().atMost(Duration.ofSeconds(60)).until(() -> applied("poison-batch") == 100);
        ConsumerRecord<String, byte[]> parked = deadLetters(BackboneEvents.TOPIC)
                .await(record -> "poison-batch0".equals(record.key()));
        assertThat(EventProbe.header(parked, DeadLetters.REASON)).startsWith("malformed event:");
        assertWithoutBatchWrapper(parked);
        assertThat(deadLetters(BackboneEvents.TOPIC).received())
                .filteredOn(record -> "poison-batch0".equals(record.key())).hasSize(1);
        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc, "poison-batch");
        assertThat(effects.resent()).isZero();
        assertThat(effects.inversions()).isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc, "poison-batch")).isEmpty();
    }

    @Test
    void aHandlerFailingOnOneRecordOfAPollIsRetriedThenDeadLetteredAndTheOthersAppliedOnce() {
        stop(listenerContainer());
        counters.advanceAll("trouble-batch", 1, 50);
        // the same key as advanceAll's single counter (trouble-batch0): the same partition, between its steps
        var broken = counters.reportTrouble("trouble-batch0", 1_000, false);
        counters.advanceAll("trouble-batch", 1, 25);
        var flaky = counters.reportTrouble("trouble-batch0", 2, false);
        counters.advanceAll("trouble-batch", 1, 25);
        awaitRelayed();
        listenerContainer().start();

        await().atMost(Duration.ofSeconds(60)).until(() -> applied("trouble-batch") == 100);
        ConsumerRecord<String, byte[]> parked = deadLetters(BackboneEvents.TOPIC)
                .await(record -> "trouble-batch0".equals(record.key()));
        assertThat(EventProbe.header(parked, CloudEventsBinding.ID)).isEqualTo(broken.id().toString());
        assertThat(EventProbe.header(parked, DeadLetters.REASON)).isEqualTo("handler failed 3 times:"
                + " java.lang.IllegalStateException: trouble trouble-batch0 failed on attempt 3");
        assertWithoutBatchWrapper(parked);
        assertThat(listener.attempts(broken.id())).as("first attempt and 2 retries, not one more").isEqualTo(3);
        assertThat(listener.attempts(flaky.id())).as("failed twice, applied on the third attempt").isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from applied_trouble where event_id = ?", Integer.class,
                flaky.id())).isEqualTo(1);
        assertThat(deadLetters(BackboneEvents.TOPIC).received())
                .filteredOn(record -> "trouble-batch0".equals(record.key())).hasSize(1);
        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc, "trouble-batch");
        assertThat(effects.resent()).isZero();
        assertThat(effects.inversions()).isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc, "trouble-batch")).isEmpty();
    }

    @Test
    void consumersOfTwoTopicsDeadlockingOnTheSameRowsParkNothingAndApplyEverythingOnce() throws Exception {
        List<String> tallies = IntStream.range(0, 10).mapToObj(i -> "tally-" + i).toList();
        long deadlocksBefore = deadlocks();
        int rounds = 20;
        int perRound = 40;
        for (int round = 0; round < rounds; round++) {
            // both topics' events published together, so the two listeners' transactions overlap
            counters.touch(tallies, perRound, perRound);
            Thread.sleep(100);
        }
        int total = rounds * perRound;
        await().atMost(Duration.ofSeconds(120)).until(() -> touched(BackboneEvents.TOPIC) == total
                && touched(BackboneEvents.MIRROR_TOPIC) == total);

        assertThat(jdbc.queryForObject("select count(*) - count(distinct event_id) from applied_touch",
                Integer.class)).as("events applied twice").isZero();
        assertThat(jdbc.queryForList("select n from tally", Long.class)).hasSize(10)
                .allMatch(n -> n == 2L * total);
        assertThat(TopicLog.readAll(env.bootstrapServers(), topics.deadLetterOf(BackboneEvents.TOPIC)))
                .filteredOn(r -> r.key() != null && r.key().startsWith("touch-")).as("parked").isEmpty();
        assertThat(TopicLog.readAll(env.bootstrapServers(), topics.deadLetterOf(BackboneEvents.MIRROR_TOPIC)))
                .as("parked").isEmpty();
        // other backends' statistics reach pg_stat_database within about ten seconds of their last transaction
        long deadlocks = 0;
        for (long waited = 0; deadlocks == 0 && waited < 12_000; waited += 500) {
            deadlocks = deadlocks() - deadlocksBefore;
            Thread.sleep(500);
        }
        System.out.printf("[backbone] two listeners, %d events each on the same 10 rows in opposite orders:"
                + " %d deadlocks detected, nothing parked, each applied once%n", total, deadlocks);
    }

    @Test
    void eachEventOfAPollContinuesItsOwnTrace() {
        stop(listenerContainer());
        var traced = new ArrayList<EventEnvelope<StepRecordedV1>>();
        var traceIds = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            Span span = tracer.nextSpan().name("record step " + i).start();
            try (var scope = tracer.withSpan(span)) {
                traced.add(counters.advance("traced-batch"));
            } finally {
                span.end();
            }
            traceIds.add(span.context().traceId());
        }
        EventEnvelope<StepRecordedV1> untraced = counters.advance("traced-batch");
        awaitRelayed();
        listenerContainer().start();

        await().atMost(Duration.ofSeconds(30)).until(() -> applied("traced-batch") == 4);
        assertThat(jdbc.queryForObject("select count(distinct tx) from applied_step where counter = 'traced-batch'",
                Integer.class)).as("one transaction for the poll").isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            assertThat(listener.traceId(traced.get(i).id())).isEqualTo(traceIds.get(i));
        }
        assertThat(listener.traceId(untraced.id())).as("a trace of its own").isNotNull()
                .isNotIn(traceIds);
    }

    private MessageListenerContainer listenerContainer() {
        return containers.subscriptions().get("backboneEventsListener").container();
    }

    private static void stop(MessageListenerContainer container) {
        container.stop();
        await().atMost(Duration.ofSeconds(30)).until(() -> !container.isRunning());
    }

    private void awaitRelayed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox_event", Integer.class) == 0);
    }

    private void publishAgain(ConsumerRecord<String, byte[]> record) {
        env.publisher().publish(BackboneEvents.TOPIC, record.key(), EventProbe.headers(record), record.value());
    }

    private EventProbe deadLetters;

    private synchronized EventProbe deadLetters(String topic) {
        if (deadLetters == null) {
            deadLetters = env.probe(Topics.deadLetter(topic));
        }
        return deadLetters;
    }

    /** The DLT headers describe the failure as for a record listener, not the record's place in its poll. */
    private static void assertWithoutBatchWrapper(ConsumerRecord<String, byte[]> parked) {
        assertThat(EventProbe.headers(parked)).isNotEmpty().allSatisfy((name, value) -> {
            if (name.startsWith("kafka_dlt-exception")) {
                assertThat(value).doesNotContain("BatchListenerFailedException");
            }
        });
        assertThat(EventProbe.header(parked, "kafka_dlt-exception-fqcn")).isNotBlank();
    }

    private List<ConsumerRecord<String, byte[]>> log(String topic) {
        return TopicLog.readAll(env.bootstrapServers(), topics.of(topic));
    }

    private int applied(String prefix) {
        return jdbc.queryForObject("select count(*) from applied_step where counter like ?", Integer.class,
                prefix + "%");
    }

    private int touched(String topic) {
        return jdbc.queryForObject("select count(*) from applied_touch where topic = ?", Integer.class, topic);
    }

    private long deadlocks() {
        jdbc.execute("select pg_stat_force_next_flush()");
        return jdbc.queryForObject("select deadlocks from pg_stat_database where datname = current_database()",
                Long.class);
    }

    private double count(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
