package gov.enterprise.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two test classes (this one and {@link AnotherFreshEnvironmentIT}) must each find an empty database and a prefix nobody used before,
 * whatever order they run in: a shared context or database would show the other's marker table.
 */
@IntegrationTest
class FreshEnvironmentIT {

    private static final Set<String> DATABASES_SEEN = ConcurrentHashMap.newKeySet();
    private static final Set<String> PREFIXES_SEEN = ConcurrentHashMap.newKeySet();

    @Autowired
    TestEnvironment env;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    @Value("${ticketing.messaging.topic-prefix}")
    String topicPrefix;

    @Value("${logging.level.kafka:}")
    String brokerLogLevel;

    @Test
    void getsItsOwnEmptyDatabaseAndTopicPrefix() {
        assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(env.database().name());
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public'", Integer.class))
                .isZero();
        assertThat(DATABASES_SEEN.add(env.database().name())).as("database used by another class").isTrue();
        assertThat(PREFIXES_SEEN.add(env.topicPrefix())).as("prefix used by another class").isTrue();

        jdbc.execute("create table marker (class_name text)");
        jdbc.update("insert into marker values (?)", getClass().getName());
    }

    @Test
    void pointsTheApplicationAtIt() {
        assertThat(datasourceUrl).isEqualTo(env.jdbcUrl());
        assertThat(topicPrefix).isEqualTo(env.topicPrefix()).matches("t[0-9a-f]{8}\\.");
        assertThat(env.topic("visit.events")).isEqualTo(env.topicPrefix() + "visit.events");
        assertThat(brokerLogLevel).as("broker logging quietened").isEqualTo("ERROR");
    }
}
