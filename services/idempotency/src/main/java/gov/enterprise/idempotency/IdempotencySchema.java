package gov.enterprise.idempotency;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library's table, migrated by its own Flyway run with its own history table (the way the messaging library
 * keeps its tables), so services never copy its DDL and its migrations never collide with theirs.
 */
final class IdempotencySchema {

    private static final String HISTORY_TABLE = "idempotency_schema_history";
    private static final String LOCATION = "classpath:gov/enterprise/idempotency/db";

    private IdempotencySchema() {
    }

    /** Brings the table up to date and returns the schema it lives in. */
    static String migrate(DataSource dataSource, String schema) {
        var flyway = Flyway.configure(IdempotencySchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        boolean explicit = schema != null && !schema.isBlank();
        if (explicit) {
            flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().migrate();
        return explicit ? schema
                : new JdbcTemplate(dataSource).queryForObject("select current_schema()", String.class);
    }
}
