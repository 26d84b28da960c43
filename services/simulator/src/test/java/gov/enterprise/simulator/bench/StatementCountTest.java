package gov.enterprise.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCountTest {

    private static final String BEFORE = """
            2026-12-06 02:25:40.001 UTC [100] intake-service: LOG:  execute S_1: select 1
            """;
    private static final String FIRST = """
            2026-12-06 02:25:44.644 UTC [101] oversight-service: LOG:  statement: BEGIN
            2026-12-06 02:25:44.650 UTC [101] oversight-service: LOG:  execute S_186:\s
            \tinsert into cube_a as t (k) select * from unnest($1)
            \t  on conflict (k) do nothing
            2026-12-06 02:25:44.651 UTC [101] oversight-service: LOG:  execute S_187:\s
            \tinsert into cube_b as t (k) select * from unnest($1)
            2026-12-06 02:25:44.652 UTC [101] oversight-service: LOG:  statement: COMMIT
            2026-12-06 02:25:44.700 UTC [102] intake-service: LOG:  execute <unnamed>: SELECT uscc FROM enterprise
            \t WHERE uscc = $1
            2026-12-06 02:25:44.701 UTC [102] intake-service: DETAIL:  parameters: $1 = '91331000MA00000000'
            """;
    private static final String ROTATED = """
            2026-12-06 02:25:57.768 UTC [101] oversight-service: LOG:  statement: BEGIN
            2026-12-06 02:25:57.800 UTC [103] : LOG:  statement: select pg_reload_conf()
            """;

    @Test
    void countsEachServicesStatementsFromWhereTheCountBeganThroughTheFilesTheServerStartedSince(
            @TempDir Path log) throws IOException {
        Path current = log.resolve("postgresql-2026-12-06_022557.log");
        Files.writeString(log.resolve("postgresql-2026-12-06_021755.log"), "older file, not read\n");
        Files.writeString(current, BEFORE + FIRST);
        Files.writeString(log.resolve("postgresql-2026-12-06_022610.log"), ROTATED);

        var result = new StatementCount("unused", current, BEFORE.getBytes(StandardCharsets.UTF_8).length).count();

        assertThat(result.perService()).isEqualTo(Map.of(
                "oversight-service", Map.of("BEGIN", 2, "COMMIT", 1,
                        "insert into cube_a as t (k) select * from unnest($1)", 1,
                        "insert into cube_b as t (k) select * from unnest($1)", 1),
                "intake-service", Map.of("SELECT uscc FROM enterprise", 1),
                "(unnamed)", Map.of("select pg_reload_conf()", 1)));
        assertThat(result.total()).isEqualTo(7);

        var printed = new ByteArrayOutputStream();
        result.print(new PrintStream(printed, true, StandardCharsets.UTF_8), "issue accepted", 2, 3);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .startsWith("statements sent to PostgreSQL per issue accepted (2): 3.5")
                .contains("  oversight-service       2.5");
    }
}
