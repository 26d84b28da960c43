package gov.enterprise.oversight.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aQuarterIsThreeWholeMonthsWithoutEdgeDays() {
        Period q1 = period("2026-01-01", "2026-03-31");
        assertThat(q1.wholeMonths()).isEqualTo(period("2026-01-01", "2026-03-01"));
        assertThat(q1.edgeDays()).isEmpty();
    }

    @Test
    void daysOutsideWholeMonthsAreEdges() {
        Period period = period("2026-01-15", "2026-04-10");
        assertThat(period.wholeMonths()).isEqualTo(period("2026-02-01", "2026-03-01"));
        assertThat(period.edgeDays()).containsExactly(period("2026-01-15", "2026-01-31"),
                period("2026-04-01", "2026-04-10"));
    }

    @Test
    void aPeriodInsideOneMonthIsAllEdge() {
        Period period = period("2026-02-03", "2026-02-20");
        assertThat(period.wholeMonths()).isNull();
        assertThat(period.edgeDays()).containsExactly(period);
    }

    @Test
    void weeksStartOnMondayAndBucketsAreClippedToThePeriod() {
        var buckets = Interval.WEEK.buckets(period("2026-09-24", "2026-10-06"));
        assertThat(buckets).containsExactly(period("2026-09-24", "2026-09-27"), period("2026-09-28", "2026-10-04"),
                period("2026-10-05", "2026-10-06"));
        assertThat(Interval.WEEK.count(period("2026-09-24", "2026-10-06"))).isEqualTo(3);
        assertThat(Interval.MONTH.count(period("2025-11-03", "2026-02-01"))).isEqualTo(4);
    }
}
