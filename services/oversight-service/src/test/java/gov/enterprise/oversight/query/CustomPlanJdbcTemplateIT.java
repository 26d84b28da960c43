package gov.enterprise.oversight.query;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.oversight.OversightIntegrationTest;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The figure queries' statements never become server-side prepared statements, which PostgreSQL could run with one
 * generic plan whatever the days asked for; a plain template's do, after the driver's five runs.
 */
@OversightIntegrationTest
class CustomPlanJdbcTemplateIT {

    static final String STATEMENT = "select count(*) from pg_class where relpages >= ?";
    static final String PREPARED = "select count(*) from pg_prepared_statements where statement = ?";

    @Autowired
    DataSource dataSource;

    @Test
    void aStatementRunManyTimesIsPlannedForItsValuesEachTime() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var session = new SingleConnectionDataSource(connection, true);
            var inspect = new JdbcTemplate(session);

            var custom = new CustomPlanJdbcTemplate(session);
            for (int run = 0; run < 10; run++) {
                custom.queryForObject(STATEMENT, Long.class, run);
            }
            assertThat(inspect.queryForObject(PREPARED, Long.class, serverText())).isZero();

            var plain = new JdbcTemplate(session);
            for (int run = 0; run < 10; run++) {
                plain.queryForObject(STATEMENT, Long.class, run);
            }
            assertThat(inspect.queryForObject(PREPARED, Long.class, serverText())).isEqualTo(1);
        }
    }

    /** The statement as the driver sends it: numbered parameters. */
    private static String serverText() {
        return STATEMENT.replace("?", "$1");
    }
}
