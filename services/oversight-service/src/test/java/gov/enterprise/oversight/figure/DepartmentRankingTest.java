package gov.enterprise.oversight.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentRankingTest {

    static DepartmentRanking.Row row(String department, int collected, int handled, int closed, int workingDays) {
        var counters = Counters.builder().set(Counter.COLLECTED, collected).set(Counter.HANDLED, handled)
                .set(Counter.CLOSED, closed).set(Counter.CLOSED_ON_TIME, closed)
                .set(Counter.WORKING_DAYS_TO_RESOLVE, workingDays).build();
        return new DepartmentRanking.Row(department, Figures.of(counters, null));
    }

    @Test
    void departmentsAreRankedBestFirstWithSharedRanksAndTooSmallOnesUnranked() {
        var places = DepartmentRanking.rank(List.of(row("NRP", 10, 9, 0, 0), row("ENV", 20, 18, 0, 0),
                row("TAX", 10, 10, 0, 0), row("PWR", 2, 2, 0, 0)), DepartmentRanking.Measure.HANDLED_RATE, 5);

        assertThat(places).extracting(p -> p.rank() + ":" + p.department())
                .containsExactly("1:TAX", "2:ENV", "2:NRP", "null:PWR");
    }

    @Test
    void fewerWorkingDaysRankHigherAndDepartmentsWithoutClosedTicketsAreUnranked() {
        var places = DepartmentRanking.rank(List.of(row("NRP", 10, 9, 5, 50), row("ENV", 10, 9, 5, 30),
                row("TAX", 10, 9, 0, 0)), DepartmentRanking.Measure.WORKING_DAYS, 5);

        assertThat(places).extracting(p -> p.rank() + ":" + p.department() + ":" + p.value())
                .containsExactly("1:ENV:6.0", "2:NRP:10.0", "null:TAX:null");
        assertThat(DepartmentRanking.Measure.parse("workingDays")).isEqualTo(DepartmentRanking.Measure.WORKING_DAYS);
        assertThat(DepartmentRanking.Measure.SATISFACTION_RATE.apiName()).isEqualTo("satisfactionRate");
    }
}
