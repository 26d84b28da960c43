package gov.enterprise.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.envelope.EventIds;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.backbone.BackboneTestApplication;
import gov.enterprise.testsupport.IntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A consumer group's record of an applied event is deleted once the event was both appended and applied longer ago
 * than the retention; every other record stays, and still turns a redelivery into a duplicate.
 */
@IntegrationTest
@ContextConfiguration(classes = BackboneTestApplication.class)
@TestPropertySource(properties = "ticketing.messaging.outbox.relay-enabled=false")
class ProcessedEventRetentionIT {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(90);
    private static final Instant BEFORE = NOW.minus(RETENTION);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessedEvents processed;
    @Autowired
    ProcessedEventRetention running;

    private final String first = "retention-a-" + UUID.randomUUID();
    private final String second = "retention-b-" + UUID.randomUUID();

    @Test
    void recordsOfEventsAppendedAndAppliedBeforeTheRetentionAreDeletedInBatches() {
        List<UUID> old = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            Instant appended = BEFORE.minus(Duration.ofDays(10)).plusMillis(i);
            old.add(record(first, appended, appended.plusSeconds(1)));
        }
        UUID lastBeforeTheBound = record(first, BEFORE.minusMillis(1), BEFORE.minusMillis(1));
        UUID atTheBound = record(first, BEFORE, BEFORE);
        UUID oldButAppliedRecently = record(first, BEFORE.minus(Duration.ofDays(5)), BEFORE.plus(Duration.ofDays(1)));
        UUID recent = record(first, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(1)));
        record(second, BEFORE.minus(Duration.ofDays(1)), BEFORE.minus(Duration.ofDays(1)));
        UUID otherGroupsRecent = record(second, NOW, NOW);

        assertThat(processed.consumers()).as("every group with records, found through the key")
                .contains(first, second).doesNotHaveDuplicates();

        var meters = new SimpleMeterRegistry();
        var retention = new ProcessedEventRetention(processed, RETENTION, Duration.ofHours(1), 1_000,
                Clock.fixed(NOW, ZoneOffset.UTC), new MessagingMetrics(meters));
        long forgotten = retention.sweep();

        assertThat(forgotten).isGreaterThanOrEqualTo(2_502);
        assertThat(remaining(first)).containsExactlyInAnyOrder(atTheBound, oldButAppliedRecently, recent);
        assertThat(remaining(second)).containsExactly(otherGroupsRecent);
        assertThat(meters.get(MessagingMetrics.FORGOTTEN).tag("consumer", first).counter().count())
                .as("three full batches and a last one").isEqualTo(2_501);
        assertThat(meters.get(MessagingMetrics.FORGOTTEN).tag("consumer", second).counter().count()).isEqualTo(1);

        assertThat(processed.firstDeliveries(first, List.of(atTheBound, oldButAppliedRecently, recent), "t"))
                .as("a kept record still makes a redelivery a duplicate").isEmpty();
        assertThat(processed.firstDeliveries(first, List.of(old.getFirst(), lastBeforeTheBound), "t"))
                .as("an event redelivered after the retention is applied again: the bound operations must keep")
                .containsExactlyInAnyOrder(old.getFirst(), lastBeforeTheBound);
        retention.sweep();
        assertThat(meters.get(MessagingMetrics.FORGOTTEN).tag("consumer", first).counter().count())
                .as("a second sweep finds nothing more").isEqualTo(2_501);
    }

    @Test
    void theServiceRunsItsSweeperWithTheDefaultRetention() {
        assertThat(running.isRunning()).isTrue();
        assertThat(processed.consumers()).doesNotContainNull();
    }

    private UUID record(String consumer, Instant appended, Instant applied) {
        UUID id = EventIds.lowestAt(appended);
        jdbc.update("insert into processed_event (consumer, event_id, topic, processed_at) values (?, ?, 't', ?)",
                consumer, id, OffsetDateTime.ofInstant(applied, ZoneOffset.UTC));
        return id;
    }

    private List<UUID> remaining(String consumer) {
        return jdbc.queryForList("select event_id from processed_event where consumer = ?", UUID.class, consumer);
    }
}
