package gov.enterprise.simulator.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietStackTest {

    private final List<Duration> slept = new ArrayList<>();

    /** CPU ticks (100 per second) read at each sample: the first before any wait, then one per window. */
    private QuietStack stackReading(long... ticks) {
        Iterator<Long> readings = java.util.Arrays.stream(ticks).iterator();
        return new QuietStack(readings::next, 100, slept::add);
    }

    @Test
    void waitsWindowAfterWindowUntilTheStackBurnsLessThanTheThreshold() {
        // 5 s windows: 2.0 cores (1,000 ticks), 1.0 core, then 0.2 cores
        var wait = stackReading(0, 1_000, 1_500, 1_600).await(0.4, Duration.ofSeconds(5), Duration.ofMinutes(1));

        assertThat(wait.quiet()).isTrue();
        assertThat(wait.seconds()).isEqualTo(15.0);
        assertThat(wait.cores()).isEqualTo(0.2);
        assertThat(slept).hasSize(3);
    }

    @Test
    void aStackStillBusyAtTheTimeoutIsReportedAsNotQuietWithItsLastFigure() {
        var wait = stackReading(0, 500, 1_000, 1_500).await(0.4, Duration.ofSeconds(5), Duration.ofSeconds(15));

        assertThat(wait.quiet()).isFalse();
        assertThat(wait.seconds()).isEqualTo(15.0);
        assertThat(wait.cores()).isEqualTo(1.0);
        assertThat(wait.describe()).isEqualTo("the stack was not quiet after 15 s (1.00 cores, more than 0.40):"
                + " the run started anyway");
    }

    @Test
    void anAlreadyQuietStackCostsOneWindow() {
        var wait = stackReading(0, 50).await(0.4, Duration.ofSeconds(5), Duration.ofMinutes(4));

        assertThat(wait.quiet()).isTrue();
        assertThat(wait.seconds()).isEqualTo(5.0);
        assertThat(wait.cores()).isEqualTo(0.1);
        assertThat(wait.describe()).isEqualTo("5 s until the stack was quiet (0.10 cores)");
    }
}
