package gov.enterprise.oversight.readmodel;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One generation of the read models: its number, the schema holding its tables, and where it is in its life
 * (BUILDING and CATCHING_UP while a rebuild fills it, ACTIVE while it answers queries, then RETIRED).
 */
public record Generation(int number, String schema, Status status) {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public enum Status { BUILDING, CATCHING_UP, ACTIVE, RETIRED, FAILED, DROPPED }

    public Generation {
        requireNonNull(schema, "schema");
        requireNonNull(status, "status");
        // table names are built from the schema name: only a plain identifier may get into SQL text
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
    }

    /** The schema-qualified name of one of the generation's tables. */
    public String table(String name) {
        return schema + "." + name;
    }
}
