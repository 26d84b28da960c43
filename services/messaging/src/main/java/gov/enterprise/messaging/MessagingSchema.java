package gov.enterprise.messaging;

import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library's own tables ({@code outbox_event}, {@code processed_event}), migrated by the library's own Flyway run
 * with its own history table, so a service's migrations and the library's never collide and services do not copy
 * library DDL. Runs after the service's own Flyway (the bean is declared to depend on database initialisation):
 * a service Flyway that finds the library's tables first would refuse a "non-empty schema".
 */
public final class MessagingSchema {

    public static final String HISTORY_TABLE = "messaging_schema_history";
    public static final String LOCATION = "classpath:gov/enterprise/messaging/db";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String schema;

    private MessagingSchema(String schema) {
        this.schema = schema;
    }

    /**
     * Brings the tables up to date in {@code schema}, or in the connection's current schema when it is blank.
     * Baselines at version 0 so an existing service schema is accepted and every library migration still runs.
     */
    public static MessagingSchema migrate(DataSource dataSource, String schema) {
        var configuration = Flyway.configure(MessagingSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        String resolved;
        if (schema == null || schema.isBlank()) {
            resolved = new JdbcTemplate(dataSource).queryForObject("select current_schema()", String.class);
        } else {
            resolved = schema;
            configuration.schemas(schema).defaultSchema(schema);
        }
        if (resolved == null || !IDENTIFIER.matcher(resolved).matches()) {
            throw new IllegalStateException("messaging tables need a plain lower-case schema name, got '" + resolved
                    + "' (set ticketing.messaging.schema or the connection's search_path)");
        }
        configuration.load().migrate();
        return new MessagingSchema(resolved);
    }

    public String schema() {
        return schema;
    }

    public String outboxTable() {
        return schema + ".outbox_event";
    }

    public String processedTable() {
        return schema + ".processed_event";
    }
}
