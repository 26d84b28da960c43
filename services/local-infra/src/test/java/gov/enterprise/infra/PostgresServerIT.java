package gov.enterprise.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIT {

    @Test
    void createsADatabaseOnceAndAcceptsTheSameRequestAgain() throws Exception {
        try (var postgres = PostgresServer.startTemporary()) {
            postgres.createDatabase("ticketing");
            postgres.createDatabase("ticketing");

            assertThat(query(postgres, "postgres", "select datname from pg_database where datname = 'ticketing'"))
                    .containsExactly("ticketing");
            assertThat(query(postgres, "ticketing", "select current_database()")).containsExactly("ticketing");
        }
    }

    @Test
    void refusesNamesThatWouldNeedQuoting() {
        try (var postgres = PostgresServer.startTemporary()) {
            assertThatThrownBy(() -> postgres.createDatabase("Robert'); drop table x; --"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void dataSurvivesARestartOnTheSameDirectory(@TempDir Path directory) throws Exception {
        int port;
        try (var postgres = PostgresServer.start(directory, 0)) {
            port = postgres.port();
            postgres.createDatabase("ticketing");
            execute(postgres, "ticketing", "create table visit (id int primary key, note text)");
            execute(postgres, "ticketing", "insert into visit values (1, 'kept')");
        }

        try (var postgres = PostgresServer.start(directory, port)) {
            postgres.createDatabase("ticketing");
            assertThat(postgres.jdbcUrl("ticketing")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/ticketing");
            assertThat(query(postgres, "ticketing", "select note from visit where id = 1")).containsExactly("kept");
        }
    }

    @Test
    void everyCommitAnsweredSurvivesACrashOfPostgreSQLItself(@TempDir Path directory) throws Exception {
        var crashed = PostgresServer.start(directory, 0);
        int port = crashed.port();
        execute(crashed, "postgres", "create table answered (n int)");
        try (var connection = DriverManager.getConnection(crashed.jdbcUrl("postgres"), crashed.username(), "");
             var insert = connection.prepareStatement("insert into answered values (?)")) {
            for (int n = 1; n <= 300; n++) {
                insert.setInt(1, n);
                insert.executeUpdate();
            }
        }
        // kill -9, the way a crash ends it: no shutdown checkpoint, no flush of what waits in shared memory
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                Files.readAllLines(crashed.dataDirectory().resolve("postmaster.pid")).getFirst().strip())).orElseThrow();
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        try {
            crashed.close();
        } catch (RuntimeException alreadyDead) {
            // its stop command finds no server; the directory's lock is released all the same
        }

        try (var postgres = PostgresServer.start(directory, port)) {
            assertThat(query(postgres, "postgres", "select count(*) from answered")).containsExactly("300");
        }
    }

    @Test
    void aSecondServerOnADirectoryInUseFailsWithoutHarmingTheFirst(@TempDir Path directory) throws Exception {
        try (var postgres = PostgresServer.start(directory, 0)) {
            assertThatThrownBy(() -> PostgresServer.start(directory, 0)).hasMessageContaining("in use by another running server");

            assertThat(query(postgres, "postgres", "select 1")).containsExactly("1");
        }
    }

    private static void execute(PostgresServer postgres, String database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> query(PostgresServer postgres, String database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), "");
             var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
