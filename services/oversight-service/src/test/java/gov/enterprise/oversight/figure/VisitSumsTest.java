package gov.enterprise.oversight.figure;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.oversight.figure.VisitSums.Key;
import gov.enterprise.oversight.figure.VisitSums.Sum;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitSumsTest {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    static VisitDay day(String day, String previous, int visits) {
        return new VisitDay(LocalDate.parse(day), previous == null ? null : LocalDate.parse(previous), "331081", "AUTO",
                visits);
    }

    static Key key(LocalDate time, LocalDate other) {
        return new Key(time, "331081", "AUTO", other);
    }

    @Test
    void aFirstVisitIsFiledWithoutPreviousMonthAndNotByPreviousDay() {
        var sums = VisitSums.difference(List.of(), List.of(day("2026-03-10", null, 1)));

        assertThat(sums.byMonth()).isEqualTo(Map.of(key(MARCH, null), new Sum(1, 1)));
        assertThat(sums.byDay()).isEqualTo(Map.of(key(LocalDate.parse("2026-03-10"), null), new Sum(1, 1)));
        assertThat(sums.byPreviousDay()).isEmpty();
    }

    @Test
    void anotherVisitOnAKnownDayAddsOnlyToVisits() {
        var after = day("2026-04-02", "2026-03-10", 2);
        var sums = VisitSums.difference(List.of(after.withVisits(1)), List.of(after));

        assertThat(sums.byMonth()).isEqualTo(Map.of(key(APRIL, MARCH), new Sum(0, 1)));
        assertThat(sums.byDay()).isEqualTo(Map.of(key(LocalDate.parse("2026-04-02"), MARCH), new Sum(0, 1)));
        assertThat(sums.byPreviousDay()).isEmpty();
    }

    @Test
    void aDayInsertedBeforeALaterOneMovesThatDaysRowToItsNewPreviousDay() {
        // visited 10 March and 2 April; a visit of 25 March arrives late
        var later = day("2026-04-02", "2026-03-25", 3);
        var sums = VisitSums.difference(List.of(later.withPrevious(LocalDate.parse("2026-03-10"))),
                List.of(day("2026-03-25", "2026-03-10", 1), later));

        // April's row keeps its previous month (March): only the new March day is added
        assertThat(sums.byMonth()).isEqualTo(Map.of(key(MARCH, MARCH), new Sum(1, 1)));
        assertThat(sums.byDay()).isEqualTo(Map.of(key(LocalDate.parse("2026-03-25"), MARCH), new Sum(1, 1)));
        // by previous day: April's row moves from 10 to 25 March, the new day is filed under 10 March
        assertThat(sums.byPreviousDay()).containsExactly(
                Map.entry(key(LocalDate.parse("2026-03-10"), MARCH), new Sum(1, 0)),
                Map.entry(key(LocalDate.parse("2026-03-10"), APRIL), new Sum(-1, 0)),
                Map.entry(key(LocalDate.parse("2026-03-25"), APRIL), new Sum(1, 0)));
    }

    @Test
    void aNewFirstVisitGivesTheFormerFirstOneAPreviousMonth() {
        var former = day("2026-04-02", "2026-03-25", 1);
        var sums = VisitSums.difference(List.of(former.withPrevious(null)),
                List.of(day("2026-03-25", null, 1), former));

        assertThat(sums.byMonth()).containsExactly(Map.entry(key(MARCH, null), new Sum(1, 1)),
                Map.entry(key(APRIL, null), new Sum(-1, -1)), Map.entry(key(APRIL, MARCH), new Sum(1, 1)));
        assertThat(sums.byPreviousDay()).containsExactly(
                Map.entry(key(LocalDate.parse("2026-03-25"), APRIL), new Sum(1, 0)));
    }

    @Test
    void changesAddedTogetherAreTheChangeOfAllTheirDays() {
        // one transaction: a first visit on 10 March, a second that day, then a late one on 2 March before it
        var first = VisitSums.difference(List.of(), List.of(day("2026-03-10", null, 1)));
        var again = VisitSums.difference(List.of(day("2026-03-10", null, 1)), List.of(day("2026-03-10", null, 2)));
        var early = VisitSums.difference(List.of(day("2026-03-10", null, 2)),
                List.of(day("2026-03-02", null, 1), day("2026-03-10", "2026-03-02", 2)));

        var together = first.plus(again).plus(early);

        assertThat(together).isEqualTo(VisitSums.difference(List.of(),
                List.of(day("2026-03-02", null, 1), day("2026-03-10", "2026-03-02", 2))));
        // sums that come to zero are left out, as in a difference
        assertThat(first.plus(VisitSums.difference(List.of(day("2026-03-10", null, 1)), List.of())).isEmpty())
                .isTrue();
    }
}
