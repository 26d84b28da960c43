package gov.enterprise.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.messaging.backbone.BackboneTestApplication;
import gov.enterprise.testsupport.IntegrationTest;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay's pass reads the outbox through its key whatever the table's statistics say. Statistics taken while a
 * few hundred rows waited make the planner scan the whole table for each lane; under load, between two vacuums, the
 * same table holds thousands of deleted rows that such a scan reads on every pass.
 */
@IntegrationTest
@ContextConfiguration(classes = BackboneTestApplication.class)
@TestPropertySource(properties = "ticketing.messaging.outbox.relay-enabled=false")
class RelayPlanIT {

    private static final Integer[] ALL_LANES = IntStream.range(0, 16).boxed().toArray(Integer[]::new);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxTable table;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void statisticsOfAQuietMoment() {
        jdbc.update("insert into outbox_event (event_id, topic, message_key, event_type, source, subject,"
                + " occurred_at, payload, lane) select gen_random_uuid(), 'backbone.steps', 'k' || i,"
                + " 'gov.enterprise.backbone.step.recorded.v1', '/test', 'k' || i, now(), repeat('x', 600),"
                + " i % 16 from generate_series(1, 200) i");
        jdbc.execute("analyze outbox_event");
    }

    @Test
    void theStatisticsAloneWouldScanTheWholeTable() {
        String plan = new TransactionTemplate(transactions).execute(status -> plan());

        assertThat(plan).contains("Seq Scan on outbox_event");
    }

    @Test
    void theRelaysPassReadsEveryLaneThroughTheKey() {
        String plan = new TransactionTemplate(transactions).execute(status -> {
            table.planByIndex();
            return plan();
        });

        assertThat(plan).doesNotContain("Seq Scan on outbox_event").doesNotContain("Bitmap")
                .contains("Index Only Scan using outbox_event_pkey on outbox_event b")
                .contains("Index Scan using outbox_event_pkey on outbox_event o");
    }

    private String plan() {
        return String.join("\n", jdbc.queryForList("explain (costs off) " + table.takeStatement(), String.class,
                ALL_LANES, 1, 200));
    }
}
