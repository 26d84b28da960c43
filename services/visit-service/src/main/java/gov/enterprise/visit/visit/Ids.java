package gov.enterprise.visit.visit;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Client-chosen visit and issue ids: UUIDs in their canonical 36-character form (any case). */
public final class Ids {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /** The id, or null when {@code value} is not a canonical UUID. */
    public static UUID parse(String value) {
        if (value == null || !CANONICAL.matcher(value.strip()).matches()) {
            return null;
        }
        return UUID.fromString(value.strip().toLowerCase(Locale.ROOT));
    }
}
