package gov.enterprise.oversight.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of brief §1 and §4 for one set of issues and visits. Rates are fractions (0.8899 for 88.99%), rounded
 * to four places, and null when their denominator is zero. docs/metrics.md defines each one.
 *
 * @param enterprisesVisited distinct enterprises with at least one visit in the period; null when the question has
 *                           no answer for visits (a category or department filter: visits have neither)
 * @param visits             visits in the period; null like {@code enterprisesVisited}
 */
public record Figures(Long enterprisesVisited, Long visits, long issuesCollected, long handled, long resolved,
                      long solved, long pending, long rejected, Double handledRate, Double resolvedRate,
                      Double solvedRate, long overdue, long closed, long closedOnTime, long closedOnTimeExtended,
                      long closedOverdue, Double onTimeRate, long satisfied, long basicallySatisfied,
                      long dissatisfied, long closedByDefault, Double satisfactionRate,
                      Double averageWorkingDaysToResolve) {

    public static Figures of(Counters counters, VisitCount visits) {
        long collected = counters.get(Counter.COLLECTED);
        long closed = counters.get(Counter.CLOSED);
        long onTime = counters.get(Counter.CLOSED_ON_TIME);
        long onTimeExtended = counters.get(Counter.CLOSED_ON_TIME_EXTENDED);
        long satisfied = counters.get(Counter.SATISFIED);
        long basically = counters.get(Counter.BASICALLY_SATISFIED);
        return new Figures(
                visits == null ? null : visits.enterprises(),
                visits == null ? null : visits.visits(),
                collected,
                counters.get(Counter.HANDLED),
                counters.get(Counter.RESOLVED),
                counters.get(Counter.SOLVED),
                counters.get(Counter.PENDING),
                counters.get(Counter.REJECTED),
                ratio(counters.get(Counter.HANDLED), collected),
                ratio(counters.get(Counter.RESOLVED), collected),
                ratio(counters.get(Counter.SOLVED), collected),
                counters.get(Counter.OVERDUE),
                closed,
                onTime,
                onTimeExtended,
                counters.get(Counter.CLOSED_OVERDUE),
                ratio(onTime + onTimeExtended, closed),
                satisfied,
                basically,
                counters.get(Counter.DISSATISFIED),
                counters.get(Counter.CLOSED_BY_DEFAULT),
                ratio(satisfied + basically, closed),
                average(counters.get(Counter.WORKING_DAYS_TO_RESOLVE), closed));
    }

    /** Tickets a department is measured on: the collected issues it is responsible for. */
    public long tickets() {
        return issuesCollected;
    }

    static Double ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    static Double average(long sum, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Visits and the distinct enterprises visited. */
    public record VisitCount(long enterprises, long visits) {

        public static final VisitCount NONE = new VisitCount(0, 0);

        public VisitCount plus(VisitCount other) {
            return new VisitCount(enterprises + other.enterprises, visits + other.visits);
        }
    }
}
