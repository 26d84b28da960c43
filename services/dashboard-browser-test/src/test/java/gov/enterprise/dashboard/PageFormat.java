package gov.enterprise.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The dashboard's number formatting ({@code pct}, {@code num} and {@code toFixed(1)} in {@code dashboard.js}), so
 * that the test can say exactly which text the page must show for a figure the API answers.
 */
final class PageFormat {

    static final String NONE = "–";

    private PageFormat() {
    }

    /** {@code (value * 100).toFixed(1) + '%'}: 0.8899 is "89.0%". */
    static String percent(Double value) {
        return value == null ? NONE : fixed1(value * 100) + "%";
    }

    /** {@code Number(value).toLocaleString('zh-CN' | 'en-US')}: both group thousands with commas. */
    static String count(Long value) {
        return value == null ? NONE : NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    /** {@code value.toFixed(1)}: working days. */
    static String days(Double value) {
        return value == null ? NONE : fixed1(value);
    }

    /**
     * JavaScript's {@code toFixed(1)} rounds the exact binary value of the double, ties away from zero; the exact
     * value is what {@code new BigDecimal(double)} holds (0.15 is 0.1499999..., hence "0.1", as in the browser).
     */
    private static String fixed1(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
