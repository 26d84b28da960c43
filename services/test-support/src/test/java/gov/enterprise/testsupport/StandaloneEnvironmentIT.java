package gov.enterprise.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The same infrastructure without Spring, for components tested on their own. */
class StandaloneEnvironmentIT {

    @Test
    void aPlainTestGetsADatabaseAndTopicsToo() throws Exception {
        try (var env = TestEnvironment.create()) {
            var probe = env.probe("standalone");
            env.publisher().publish("standalone", "k", Map.of(), "v".getBytes(UTF_8));

            assertThat(probe.await(record -> "k".equals(record.key()), Duration.ofSeconds(30)).topic())
                    .isEqualTo(env.topicPrefix() + "standalone");
            try (var connection = DriverManager.getConnection(env.jdbcUrl(), env.database().username(),
                    env.database().password())) {
                assertThat(connection.getCatalog()).isEqualTo(env.database().name());
            }
        }
    }
}
