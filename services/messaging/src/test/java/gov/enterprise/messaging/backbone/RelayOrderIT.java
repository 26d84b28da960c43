package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.RelayFixture;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.outbox.Lanes;
import gov.enterprise.messaging.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The relay's guarantees under stress, with relays built by the test instead of the application's own (switched
 * off here): several relays on one table, a relay that dies between send and commit, a relay stopped mid-stream.
 */
@IntegrationTest
@TestPropertySource(properties = "ticketing.messaging.outbox.relay-enabled=false")
class RelayOrderIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Counters counters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TopicNames topics;
    @Autowired
    TestEnvironment env;

    @Test
    void twoRelaysOnOneTableKeepEveryKeysOrder() throws Exception {
        var fixture = new RelayFixture(context);
        var firstMeters = new SimpleMeterRegistry();
        var secondMeters = new SimpleMeterRegistry();
        // both poll often, as two instances' relays woken by their own commits would: each gets its turns
        OutboxRelay first = fixture.relay("first", fixture.settings(50, Duration.ofMillis(10)), firstMeters);
        OutboxRelay second = fixture.relay("second", fixture.settings(50, Duration.ofMillis(10)), secondMeters);
        first.start();
        second.start();
        try {
            long started = System.nanoTime();
            appendConcurrently("pair-", 20, 2_000);
            long appended = System.nanoTime();
            await().atMost(Duration.ofSeconds(120)).until(() -> unpublished() == 0);
            long relayed = System.nanoTime();
            await().atMost(Duration.ofSeconds(120)).until(() -> applied("pair-") == 2_000);
            long consumed = System.nanoTime();

            DeliveryOrder onTopic = DeliveryOrder.onTopic(log(), "pair-");
            DeliveryOrder effects = DeliveryOrder.inEffects(jdbc, "pair-");
            double byFirst = published(firstMeters);
            double bySecond = published(secondMeters);
            System.out.printf("[backbone] two relays, 2000 events on 20 keys written by 4 threads: appended in %d ms,"
                            + " all published after %d ms, all applied after %d ms; relayed by first=%.0f second=%.0f;"
                            + " topic: %d records, %d re-sent, %d inversions; effects: %d, %d duplicates,"
                            + " %d inversions%n",
                    millis(started, appended), millis(started, relayed), millis(started, consumed), byFirst, bySecond,
                    onTopic.records(), onTopic.resent(), onTopic.inversions(), effects.records(), effects.resent(),
                    effects.inversions());

            assertThat(onTopic.inversions()).as("per-key inversions on the topic").isZero();
            assertThat(onTopic.distinctEvents()).isEqualTo(2_000);
            assertThat(onTopic.resent()).as("sent twice, with no relay failing: a lane taken by both").isZero();
            assertThat(effects.resent()).as("duplicate effects").isZero();
            assertThat(effects.inversions()).as("per-key inversions in the effects").isZero();
            assertThat(DeliveryOrder.countersWithGaps(jdbc, "pair-")).isEmpty();
            assertThat(byFirst + bySecond).isGreaterThanOrEqualTo(2_000);
            assertThat(byFirst).as("both relays took lanes").isPositive();
            assertThat(bySecond).as("both relays took lanes").isPositive();
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void aRelayThatDiesBetweenSendAndCommitResendsAndTheEffectHappensOnce() throws Exception {
        var fixture = new RelayFixture(context);
        appendConcurrently("crash-", 10, 300);
        var meters = new SimpleMeterRegistry();
        OutboxRelay crashing = fixture.relay("crashing", fixture.settings(40), meters,
                fixture.crashingAfterSend(3));
        crashing.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> applied("crash-") == 300);
        } finally {
            crashing.stop();
        }
        DeliveryOrder onTopic = DeliveryOrder.onTopic(log(), "crash-");
        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc, "crash-");
        System.out.printf("[backbone] relay crashing 3 times between send and commit, 300 events on 10 keys: topic %d"
                        + " records, %d re-sent, %d inversions; effects %d, %d duplicates, %d inversions%n",
                onTopic.records(), onTopic.resent(), onTopic.inversions(), effects.records(), effects.resent(),
                effects.inversions());

        assertThat(onTopic.resent()).as("the crashed batches were sent again").isPositive();
        assertThat(onTopic.inversions()).isZero();
        assertThat(effects.records()).isEqualTo(300);
        assertThat(effects.resent()).as("duplicate effects").isZero();
        assertThat(effects.inversions()).isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc, "crash-")).isEmpty();
    }

    @Test
    void aRelayStoppedMidBatchIsReplacedWithoutLossDuplicateEffectOrReordering() throws Exception {
        var fixture = new RelayFixture(context);
        appendConcurrently("stopped-", 10, 400);
        var meters = new SimpleMeterRegistry();
        OutboxRelay doomed = fixture.relay("doomed", fixture.settings(10), meters,
                fixture.slowFlush(Duration.ofMillis(30)));
        doomed.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> published(meters) >= 100);
        doomed.stop();
        long leftBehind = unpublished();
        assertThat(leftBehind).as("stopped with work left").isPositive();

        OutboxRelay successor = fixture.relay("successor", fixture.settings(50), new SimpleMeterRegistry());
        successor.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> applied("stopped-") == 400);
        } finally {
            successor.stop();
        }
        DeliveryOrder onTopic = DeliveryOrder.onTopic(log(), "stopped-");
        DeliveryOrder effects = DeliveryOrder.inEffects(jdbc, "stopped-");
        System.out.printf("[backbone] relay stopped after %.0f of 400 events (%d left), successor finished: topic %d"
                        + " records, %d re-sent, %d inversions; effects %d, %d duplicates, %d inversions%n",
                published(meters), leftBehind, onTopic.records(), onTopic.resent(), onTopic.inversions(),
                effects.records(), effects.resent(), effects.inversions());
        assertThat(onTopic.inversions()).isZero();
        assertThat(effects.records()).isEqualTo(400);
        assertThat(effects.resent()).isZero();
        assertThat(effects.inversions()).isZero();
        assertThat(DeliveryOrder.countersWithGaps(jdbc, "stopped-")).isEmpty();
    }

    @Test
    void aLaneTheBrokerRefusesDoesNotHoldBackTheOtherLanes() {
        var fixture = new RelayFixture(context);
        var lanes = new Lanes(fixture.settings(50).lanes());
        String stuckKey = "stuck-lane";
        int stuckLane = lanes.of(stuckKey);
        // a row no broker accepts (an illegal topic name): its lane stops, and must stop alone
        jdbc.update("insert into outbox_event (event_id, topic, message_key, event_type, source, subject,"
                + " occurred_at, payload, lane) values (gen_random_uuid(), 'no such topic!', ?,"
                + " 'gov.enterprise.backbone.step.recorded.v1', '/test', ?, now(), '{}', ?)",
                stuckKey, stuckKey, stuckLane);
        List<String> healthy = IntStream.range(0, 200).mapToObj(i -> "healthy-" + i)
                .filter(key -> lanes.of(key) != stuckLane).limit(10).toList();
        OutboxRelay relay = fixture.relay("one-lane-stuck", fixture.settings(50), new SimpleMeterRegistry());
        relay.start();
        try {
            for (int round = 0; round < 10; round++) {
                healthy.forEach(counters::advance);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> applied("healthy-") == 100);
            assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = ?", Integer.class,
                    stuckKey)).isEqualTo(1);
        } finally {
            relay.stop();
            jdbc.update("delete from outbox_event where message_key = ?", stuckKey);
        }
        assertThat(DeliveryOrder.inEffects(jdbc, "healthy-").inversions()).isZero();
    }

    @Test
    void relayThroughput() {
        var fixture = new RelayFixture(context);
        int events = 5_000;
        for (int batch = 0; batch < events / 500; batch++) {
            counters.advanceMany("throughput-", 50, 500);
        }
        var meters = new SimpleMeterRegistry();
        OutboxRelay relay = fixture.relay("throughput", fixture.settings(200), meters);
        long started = System.nanoTime();
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> unpublished() == 0);
        } finally {
            relay.stop();
        }
        long elapsed = millis(started, System.nanoTime());
        System.out.printf("[backbone] one relay drained %d events (50 keys, 16 lanes, batches of 200) in %d ms:"
                + " %.0f events/s%n", events, elapsed, events * 1000.0 / elapsed);
        await().atMost(Duration.ofSeconds(120)).until(() -> applied("throughput-") == events);
        assertThat(DeliveryOrder.inEffects(jdbc, "throughput-").inversions()).isZero();
    }

    private void appendConcurrently(String prefix, int keys, int total) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = writer; i < total; i += 4) {
                        counters.advance(prefix + (i % keys));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
    }

    private long unpublished() {
        return jdbc.queryForObject("select count(*) from outbox_event", Long.class);
    }

    private int applied(String prefix) {
        return jdbc.queryForObject("select count(*) from applied_step where counter like ?", Integer.class,
                prefix + "%");
    }

    private static double published(MeterRegistry meters) {
        return meters.find(MessagingMetrics.PUBLISHED).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private List<ConsumerRecord<String, byte[]>> log() {
        return TopicLog.readAll(env.bootstrapServers(), topics.of(BackboneEvents.TOPIC));
    }
}
