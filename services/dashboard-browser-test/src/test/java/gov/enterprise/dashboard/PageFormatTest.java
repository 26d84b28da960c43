package gov.enterprise.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFormatTest {

    @Test
    void ratesShowOneDecimalOfAPercentAsTheBrowserRoundsThem() {
        assertThat(PageFormat.percent(0.8899)).isEqualTo("89.0%");
        assertThat(PageFormat.percent(1.0)).isEqualTo("100.0%");
        assertThat(PageFormat.percent(0.0)).isEqualTo("0.0%");
        // halves of the last digit as a browser shows them: (0.8885 * 100).toFixed(1) is "88.8", 0.9995 gives "100.0"
        assertThat(PageFormat.percent(0.8885)).isEqualTo("88.8%");
        assertThat(PageFormat.percent(0.9995)).isEqualTo("100.0%");
        assertThat(PageFormat.percent(0.0005)).isEqualTo("0.1%");
        assertThat(PageFormat.percent(null)).isEqualTo("–");
    }

    @Test
    void daysRoundTheExactBinaryValueLikeToFixed() {
        assertThat(PageFormat.days(6.0)).isEqualTo("6.0");
        assertThat(PageFormat.days(0.15)).isEqualTo("0.1");   // (0.15).toFixed(1) in a browser
        assertThat(PageFormat.days(0.25)).isEqualTo("0.3");   // exactly representable: the tie goes up
        assertThat(PageFormat.days(1.05)).isEqualTo("1.1");
        assertThat(PageFormat.days(2.45)).isEqualTo("2.5");
        assertThat(PageFormat.days(null)).isEqualTo("–");
    }

    @Test
    void countsGroupThousandsWithCommas() {
        assertThat(PageFormat.count(4645L)).isEqualTo("4,645");
        assertThat(PageFormat.count(1234567L)).isEqualTo("1,234,567");
        assertThat(PageFormat.count(0L)).isEqualTo("0");
        assertThat(PageFormat.count(null)).isEqualTo("–");
    }
}
