package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a transaction pooler the service's pool cannot LISTEN, nor run migrations that set the session's schema:
 * with {@code ticketing.oversight.session-url} those connect to PostgreSQL on their own (here the same database, as
 * the pooler would reach it), and the dashboard's change stream still works.
 */
@OversightIntegrationTest
@TestPropertySource(properties = "ticketing.oversight.session-url=${spring.datasource.url}")
class SessionConnectionsIT {

    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theChangeListenerHoldsAConnectionOfItsOwnAndTheChangeStreamStillWorks() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and application_name = ? and query ilike 'listen %'""")
                .param("oversight-service (session)").query(Long.class).single()).isEqualTo(1L));
        var campaign = new Campaign();
        campaign.reported("SESSION-1", TaizhouCampaign.E1, "2026-10-30T10:00");

        assertThat(ChangeStream.announcesAChange(port, () -> new Delivery(env, jdbc).publishAndAwait(campaign.events()),
                Duration.ofSeconds(10))).isTrue();
    }
}
