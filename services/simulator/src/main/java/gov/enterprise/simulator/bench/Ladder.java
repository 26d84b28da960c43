package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.load.LoadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Finds the highest rate a scenario sustains: the rates in increasing order, one run each, until a run misses its
 * p99 bound or lets more than 0.1 % of its requests fail (no point loading an overloaded stack further). Before
 * every run the stack is let go quiet, so a step is not charged with the backlog of the one before.
 */
final class Ladder {

    static final double MAX_ERROR_RATE = 0.001;

    /** A step of the ladder and whether it held. */
    record Step(double rate, LoadResult result, boolean passed) {
    }

    private Ladder() {
    }

    static List<Step> climb(List<Double> rates, long p99BoundMicros, Runnable beforeEach,
                            DoubleFunction<LoadResult> run) {
        var steps = new ArrayList<Step>();
        for (double rate : rates) {
            beforeEach.run();
            LoadResult result = run.apply(rate);
            boolean passed = result.meets(p99BoundMicros, MAX_ERROR_RATE);
            steps.add(new Step(rate, result, passed));
            if (!passed) {
                break;
            }
        }
        return steps;
    }

    /** The highest rate that held, 0 if none did. */
    static double highestHeld(List<Step> steps) {
        return steps.stream().filter(Step::passed).mapToDouble(Step::rate).max().orElse(0);
    }
}
