package gov.enterprise.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class Rfc3339Test {

    static final long FIRST = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    static final long LAST = Instant.parse("2199-12-31T23:59:59Z").getEpochSecond();

    static final JsonMapper JACKSON = JsonMapper.builder().build();

    final Random random = new Random(20261206);

    @Test
    void readsEveryInstantAsItsOwnTextSays() {
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(FIRST + (long) (random.nextDouble() * (LAST - FIRST)),
                    fraction());
            assertThat(Rfc3339.instant(instant.toString())).as(instant.toString()).isEqualTo(instant);
        }
    }

    @Test
    void readsOffsetsAsTheGeneralParserDoes() {
        for (int i = 0; i < 100_000; i++) {
            var offset = ZoneOffset.ofTotalSeconds((random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15 * 60);
            // the formatter always writes the seconds (OffsetDateTime.toString() drops them when zero)
            String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(
                    FIRST + (long) (random.nextDouble() * (LAST - FIRST)), fraction()), offset));
            Instant expected = OffsetDateTime.parse(text).toInstant();
            assertThat(Rfc3339.instant(text)).as(text).isEqualTo(expected);
            // and as Jackson's own deserializer, which a body's timestamps went through before
            assertThat(JACKSON.readValue("\"" + text + "\"", Instant.class)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void readsEveryDate() {
        for (LocalDate day = LocalDate.of(1999, 1, 1); day.getYear() < 2101; day = day.plusDays(1)) {
            assertThat(Rfc3339.date(day.toString())).isEqualTo(day);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-09-25t08:00:00Z", "2026-09-25T08:00:00z", "2026-02-30T00:00:00Z",
            "2026-09-25T24:00:00Z", "2026-09-25T08:60:00Z", "2026-09-25T08:00:60Z", "2026-09-25T08:00:00.Z",
            "2026-09-25T08:00:00.1234567891Z", "2026-09-25T08:00:00+0800", "2026-09-25T08:00:00+19:00",
            "2026-09-25T08:00:00+18:30", "2026-09-25T08:00:00-18:01",
            "2026-09-25T08:00Z", "+12026-09-25T08:00:00Z", "2026-9-25T08:00:00Z", "2026-09-25T08:00:00",
            "2026-09-25T08:00:00ZZ", "2026-09-25 08:00:00Z", "２０２６-09-25T08:00:00Z", "2026-09-25T08:0a:00Z",
            "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z"})
    void leavesEveryOtherShapeToTheGeneralParser(String text) {
        assertThat(Rfc3339.instant(text)).isNull();
    }

    @Test
    void readsTheWidestOffsets() {
        for (String text : List.of("2026-09-25T08:00:00+18:00", "2026-09-25T08:00:00-18:00")) {
            assertThat(Rfc3339.instant(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-04-31", "2026-9-25", "20260925", "2026-09-25T00:00", "2026/09/25",
            "-2026-09-25", "2026-09-2x", "0000-00-00"})
    void leavesEveryOtherDateToTheGeneralParser(String text) {
        assertThat(Rfc3339.date(text)).isNull();
    }

    /** Nanoseconds with 0, 3, 6 or 9 significant digits, as {@code Instant.toString()} writes them. */
    private int fraction() {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
