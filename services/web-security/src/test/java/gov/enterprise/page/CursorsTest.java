package gov.enterprise.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorsTest {

    @Test
    void whatIsEncodedDecodesToTheSameParts() {
        String cursor = Cursors.encode(LocalDate.of(2026, 9, 28), Instant.parse("2026-09-24T02:00:00.123456Z"),
                "台州市椒江\t泵业|有限公司");

        var parts = Cursors.decode(cursor, 3, p -> List.of(Cursors.date(p.get(0)), Cursors.instant(p.get(1)),
                p.get(2)));

        assertThat(parts).containsExactly(LocalDate.of(2026, 9, 28), Instant.parse("2026-09-24T02:00:00.123456Z"),
                "台州市椒江\t泵业|有限公司");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorThisApiDidNotGiveOutIsRefusedBeforeAnyPartIsUsed() {
        List<String> refused = List.of(
                "%%",                                               // not base64url
                raw("2026-09-28"),                                  // one part, two expected
                raw("2026-09-28\u001fA\u0000B"),                    // a NUL, which no PostgreSQL text holds
                raw("yesterday\u001fA"),                            // a part that does not parse
                raw("+10000-01-01\u001fA"),                         // a day PostgreSQL cannot hold
                Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, 0x1f, 0x41}));  // not UTF-8
        for (String cursor : refused) {
            assertThatThrownBy(() -> Cursors.decode(cursor, 2, p -> List.of(Cursors.date(p.get(0)), p.get(1))))
                    .as(cursor).isInstanceOf(InvalidCursorException.class)
                    .hasMessage("is not a cursor this API returned");
        }
        assertThatThrownBy(() -> Cursors.decode(raw("+1000000-01-01T00:00:00Z\u001fA"), 2,
                p -> Cursors.instant(p.get(0)))).isInstanceOf(InvalidCursorException.class);
    }

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
