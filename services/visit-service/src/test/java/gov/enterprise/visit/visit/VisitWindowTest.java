package gov.enterprise.visit.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitWindowTest {

    static final Instant NOW = Instant.parse("2026-09-24T02:00:00Z");
    final VisitWindow window = VisitWindow.DEFAULT;

    @Test
    void acceptsVisitsFromNinetyDaysAgoToFiveMinutesAhead() {
        assertThat(window.reject(NOW, NOW)).isNull();
        assertThat(window.reject(NOW.plus(Duration.ofMinutes(5)), NOW)).isNull();
        assertThat(window.reject(NOW.minus(Duration.ofDays(90)), NOW)).isNull();
    }

    @Test
    void refusesTheFutureAndTooLateEntries() {
        assertThat(window.reject(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), NOW)).contains("future")
                .contains("5 minutes");
        assertThat(window.reject(NOW.minus(Duration.ofDays(90)).minusSeconds(1), NOW)).contains("90 days");
    }

    @Test
    void theBackEntryWindowIsConfigurable() {
        var week = new VisitWindow(Duration.ofDays(7), Duration.ofMinutes(5));

        assertThat(week.reject(NOW.minus(Duration.ofDays(8)), NOW)).contains("7 days");
    }
}
