package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.MessagingProperties;
import gov.enterprise.messaging.outbox.Lanes;
import gov.enterprise.testsupport.IntegrationTest;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The relay's gather: after a pass that relayed events, commits made meanwhile wait for one pass together instead
 * of a pass each, and that pass relays all their lanes in one transaction; an event after a quiet spell does not
 * wait. The gather is long here so that a slow machine cannot
 * blur the two.
 */
@IntegrationTest
@TestPropertySource(properties = "ticketing.messaging.outbox.gather=1500ms")
class RelayGatherIT {

    private static final Duration GATHER = Duration.ofMillis(1500);

    @Autowired
    Counters counters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MessagingProperties properties;
    private Lanes lanes;

    @BeforeEach
    void lanes() {
        lanes = new Lanes(properties.outbox().lanes());
    }

    @Test
    void commitsDuringAGatherAreRelayedInOneBatchAndAnEventAfterAQuietSpellAtOnce() throws Exception {
        // the producer's first send fetches the topic's metadata: not what this test times
        counters.advance("gather-first");
        await().atMost(Duration.ofSeconds(30)).until(() -> waiting("gather-first") == 0);
        quiet();
        long before = batches();
        long started = System.nanoTime();
        counters.advance("gather-lone");
        await().atMost(GATHER.dividedBy(2)).until(() -> waiting("gather-lone") == 0);
        long loneMillis = (System.nanoTime() - started) / 1_000_000;

        // the relay is now gathering: twenty commits on twenty keys, each of which nudges it, one after the other
        var keyLanes = new HashSet<Integer>();
        for (int i = 0; i < 20; i++) {
            counters.advance("gather-many-" + i);
            keyLanes.add(lanes.of("gather-many-" + i));
        }
        await().atMost(GATHER.multipliedBy(4)).until(() -> waiting("gather-many-%") == 0);
        long transactions = batches() - before;
        System.out.printf("[backbone] gather %d ms: a lone event relayed after %d ms; it and 20 commits on %d lanes"
                + " made one after the other relayed in %d transactions%n", GATHER.toMillis(), loneMillis,
                keyLanes.size(), transactions);

        assertThat(keyLanes).as("lanes of the twenty").hasSizeGreaterThan(5);
        assertThat(transactions).as("relay transactions for the lone event and the twenty after it").isBetween(2L, 3L);
    }

    /** Waits until the relay has been idle for longer than a gather, so that the next commit finds it waiting. */
    private void quiet() throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished() == 0);
        Thread.sleep(GATHER.plusMillis(500));
    }

    private long batches() {
        DistributionSummary summary = meters.find(MessagingMetrics.RELAYED_BATCH).summary();
        return summary == null ? 0 : summary.count();
    }

    private long unpublished() {
        Long n = jdbc.queryForObject("select count(*) from outbox_event", Long.class);
        return n == null ? 0 : n;
    }

    /** Events of these keys still in the outbox: each appended before the count, so none left means all published. */
    private long waiting(String keys) {
        Long n = jdbc.queryForObject("select count(*) from outbox_event where message_key like ?", Long.class, keys);
        return n == null ? 0 : n;
    }
}
