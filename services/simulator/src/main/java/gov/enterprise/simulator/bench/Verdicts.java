package gov.enterprise.simulator.bench;

import java.util.Locale;

/** How a measured figure compares with its target, in words: "met", or "missed by 250/s (25%)". */
final class Verdicts {

    private Verdicts() {
    }

    /** For "at most" targets (latency, time, memory). */
    static String atMost(double measured, double target, String unit) {
        if (measured <= target) {
            return "met";
        }
        return String.format(Locale.ROOT, "missed by %s%s (%.0f%% over)", number(measured - target), unit,
                (measured - target) / target * 100);
    }

    /** For "at least" targets (rates). */
    static String atLeast(double measured, double target, String unit) {
        if (measured >= target) {
            return "met";
        }
        return String.format(Locale.ROOT, "missed by %s%s (%.0f%% short)", number(target - measured), unit,
                (target - measured) / target * 100);
    }

    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
