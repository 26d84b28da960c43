package gov.enterprise.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;

import gov.enterprise.infra.PostgresServer;
import org.junit.jupiter.api.Test;

/** The TEST_PG_URL path, against a server of our own instead of the machine's. */
class ExternalPostgresIT {

    @Test
    void createsDistinctDatabasesNextToTheGivenOneAndDropsThemAtTheEnd() throws SQLException {
        try (var server = PostgresServer.startTemporary()) {
            server.createDatabase("test");
            var databases = TestDatabases.at("jdbc:postgresql://127.0.0.1:" + server.port() + "/test?user=postgres");

            var first = databases.create();
            var second = databases.create();

            assertThat(first.name()).isNotEqualTo(second.name()).startsWith("it_");
            assertThat(first.jdbcUrl()).isEqualTo(
                    "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + first.name() + "?user=postgres");
            assertThat(first.username()).isEqualTo("postgres");
            assertThat(databaseExists(server, first.name())).isTrue();
            try (var connection = DriverManager.getConnection(first.jdbcUrl())) {
                assertThat(connection.getCatalog()).isEqualTo(first.name());
            }

            databases.dropCreated();

            assertThat(databaseExists(server, first.name())).isFalse();
            assertThat(databaseExists(server, second.name())).isFalse();
            assertThat(databaseExists(server, "test")).isTrue();
        }
    }

    private static boolean databaseExists(PostgresServer server, String name) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
             var statement = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
