package gov.enterprise.page;

import gov.enterprise.text.FreeText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Opaque keyset cursors, one format in every service: the sort key of a page's last item, its parts joined and
 * base64url-encoded, so that clients pass it back without reading it. What a client sends back is checked as a
 * whole before any part reaches a query: a cursor this API did not give out (not base64url, not UTF-8, another
 * number of parts, a control character, a part that does not parse, a date PostgreSQL cannot hold) is an
 * {@link InvalidCursorException}, which every service answers with a 400 naming {@code cursor}. Plain Java, so that
 * repositories may read their own cursors.
 */
public final class Cursors {

    private static final String SEPARATOR = "\u001f";
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private Cursors() {
    }

    public static String encode(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor's parts read by {@code read}, whose parse failures are an invalid cursor too. */
    public static <T> T decode(String cursor, int parts, Function<List<String>, T> read) {
        List<String> values = decode(cursor, parts);
        try {
            return read.apply(values);
        } catch (InvalidCursorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidCursorException();
        }
    }

    public static List<String> decode(String cursor, int parts) {
        String text;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new InvalidCursorException();
        }
        List<String> values = List.of(text.split(SEPARATOR, -1));
        if (values.size() != parts || values.stream().anyMatch(FreeText::hasControlCharacter)) {
            throw new InvalidCursorException();
        }
        return values;
    }

    /** A day part, within the years a cursor of ours can hold. */
    public static LocalDate date(String part) {
        LocalDate date = LocalDate.parse(part);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidCursorException();
        }
        return date;
    }

    /** An instant part, within the years a cursor of ours can hold. */
    public static Instant instant(String part) {
        Instant instant = Instant.parse(part);
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidCursorException();
        }
        return instant;
    }
}
