package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.RelayFixture;
import gov.enterprise.messaging.outbox.OutboxRelay;
import gov.enterprise.testsupport.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The backlog gauges see what waits, however long; the relay deletes each row whose event the broker acknowledged,
 * in the transaction that saw the acknowledgement, so the outbox holds only what waits.
 */
@IntegrationTest
@TestPropertySource(properties = "ticketing.messaging.outbox.relay-enabled=false")
class OutboxHousekeepingIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Counters counters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void theBacklogIsMeasuredAndPublishedRowsLeaveTheOutbox() throws Exception {
        for (int i = 0; i < 10; i++) {
            counters.advance("kept-" + (i % 3));
        }
        Thread.sleep(1_100);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meters.get(MessagingMetrics.BACKLOG).gauge().value()).isEqualTo(10.0);
            assertThat(meters.get(MessagingMetrics.OLDEST_AGE).gauge().value()).isGreaterThanOrEqualTo(1.0);
        });
        assertThat(rows()).as("rows no relay has sent stay").isEqualTo(10);

        var fixture = new RelayFixture(context);
        OutboxRelay relay = fixture.relay("housekeeping", fixture.settings(50), new SimpleMeterRegistry());
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> rows() == 0);
        } finally {
            relay.stop();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(meters.get(MessagingMetrics.BACKLOG).gauge().value()).isZero();
            assertThat(meters.get(MessagingMetrics.OLDEST_AGE).gauge().value()).isZero();
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from applied_step where counter like 'kept-%'", Integer.class))
                .as("every deleted row's event reached the consumer").isEqualTo(10));
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from outbox_event", Integer.class);
    }
}
