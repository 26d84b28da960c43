package gov.enterprise.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.simulator.load.LatencyRecorder;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.load.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderTest {

    private final List<String> calls = new ArrayList<>();

    /** 1,000 answers of the given latency, {@code failed} of them errors. */
    private static LoadResult run(double rate, long latencyMillis, int failed) {
        var recorder = new LatencyRecorder();
        for (int n = 0; n < 1_000; n++) {
            recorder.record(0, 0, latencyMillis * 1_000_000, n < failed ? Outcome.status(503, false)
                    : Outcome.status(202, true));
        }
        return new LoadResult(LoadPlan.of(rate, Duration.ZERO, Duration.ofSeconds(10)), 1_000, 1_000, 0, 0, recorder,
                10_000_000_000L);
    }

    @Test
    void climbsUntilTheFirstStepOverItsBoundAndReportsTheHighestThatHeld() {
        var steps = Ladder.climb(List.of(25.0, 50.0, 100.0, 250.0), 100_000, () -> calls.add("quiet"), rate -> {
            calls.add("run " + (long) rate);
            return run(rate, rate < 100 ? 20 : 400, 0);
        });

        assertThat(calls).containsExactly("quiet", "run 25", "quiet", "run 50", "quiet", "run 100");
        assertThat(steps).extracting(Ladder.Step::passed).containsExactly(true, true, false);
        assertThat(Ladder.highestHeld(steps)).isEqualTo(50.0);
    }

    @Test
    void aStepWithMoreThanOneErrorInAThousandDoesNotHoldHoweverFast() {
        var steps = Ladder.climb(List.of(25.0, 50.0), 100_000, () -> { },
                rate -> run(rate, 5, rate == 25 ? 1 : 2));

        assertThat(steps).extracting(Ladder.Step::passed).containsExactly(true, false);
        assertThat(Ladder.highestHeld(steps)).isEqualTo(25.0);
    }

    @Test
    void noStepHeldIsZero() {
        var steps = Ladder.climb(List.of(25.0, 50.0), 50_000, () -> { }, rate -> run(rate, 60, 0));

        assertThat(steps).hasSize(1);
        assertThat(Ladder.highestHeld(steps)).isZero();
    }
}
