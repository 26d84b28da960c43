package gov.enterprise.oversight.query;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link JdbcTemplate} whose statements PostgreSQL plans for the values they are run with, every time.
 *
 * <p>The driver turns a statement run five times into a server-side prepared statement, and PostgreSQL may then keep
 * one generic plan for it whatever its parameters. For the figure queries that is the wrong trade: the same text
 * reads a few hundred cube rows for one period and tens of thousands for another, and the generic plan (estimated
 * from neither) made a summary as of a mid-month day over ten million issues take 51 ms at the median against
 * 28-32 ms planned for its days (docs/benchmarks.md). Planning these statements costs about a millisecond; the
 * projection's writes, which gain from prepared statements, keep the shared template.
 */
final class CustomPlanJdbcTemplate extends JdbcTemplate {

    CustomPlanJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        if (statement.isWrapperFor(PGStatement.class)) {
            // never a named server-side statement: each run is parsed and planned with its parameters
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }
}
