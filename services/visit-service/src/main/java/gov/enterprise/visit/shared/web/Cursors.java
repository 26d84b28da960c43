package gov.enterprise.visit.shared.web;

import gov.enterprise.web.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key of a page's last item, base64url-encoded so that clients pass it back without
 * reading it.
 */
public final class Cursors {

    private static final char SEPARATOR = '\u001f';

    private Cursors() {
    }

    public static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor; a 400 naming {@code cursor} when it is not one of ours. */
    public static List<String> decode(String cursor, int parts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != parts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("cursor", "is not a cursor this API returned");
        }
    }

    /** A page size between 1 and {@code max}; 400 naming {@code limit} otherwise. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw Problems.invalid("limit", "must be 1 to " + max);
        }
        return limit;
    }
}
