package gov.enterprise.contracts.envelope;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the timestamps and dates events carry, in the one shape producers write ({@code Instant.toString()}:
 * {@code 2026-09-25T08:00:00Z}, with or without a fraction; an offset such as {@code +08:00} too; dates as
 * {@code 2026-09-25}), without {@code java.time.format}: its general parser was a quarter of the CPU of decoding an
 * event (profile of an oversight rebuild, docs/benchmarks.md). Anything else, including every malformed value, is
 * {@code null}, and the caller falls back to the general parser, which accepts or refuses it as before.
 */
final class Rfc3339 {

    private static final int[] POWERS = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Rfc3339() {
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:mm)}, or null. */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        LocalDate date = date(text, 0);
        int hour = digits(text, 11);
        int minute = digits(text, 14);
        int second = digits(text, 17);
        // negative: not digits; a leap second is the general parser's to judge
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int first = ++at;
            while (at < length && isDigit(text.charAt(at))) {
                at++;
            }
            int count = at - first;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = Integer.parseInt(text, first, at, 10) * POWERS[count - 1];
        }
        int offsetSeconds;
        if (at == length - 1 && text.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-')
                && text.charAt(at + 3) == ':') {
            int offsetHours = digits(text, at + 1);
            int offsetMinutes = digits(text, at + 4);
            // java.time's offsets end at ±18:00
            if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59
                    || offsetHours * 60 + offsetMinutes > 18 * 60) {
                return null;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text.charAt(at) == '-' ? -1 : 1);
        } else {
            return null;
        }
        long seconds = date.toEpochDay() * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** {@code yyyy-MM-dd} and nothing else, or null. */
    static LocalDate date(String text) {
        return text.length() == 10 ? date(text, 0) : null;
    }

    private static LocalDate date(String text, int at) {
        if (text.charAt(at + 4) != '-' || text.charAt(at + 7) != '-') {
            return null;
        }
        int year = digits(text, at) * 100 + digits(text, at + 2);
        int month = digits(text, at + 5);
        int day = digits(text, at + 8);
        if (year < 0 || month < 1 || day < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;   // e.g. 31 April: the general parser says so
        }
    }

    /** Two decimal digits at {@code at}, or a negative number. */
    private static int digits(String text, int at) {
        char tens = text.charAt(at);
        char units = text.charAt(at + 1);
        if (!isDigit(tens) || !isDigit(units)) {
            return -1_000_000;
        }
        return (tens - '0') * 10 + (units - '0');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
