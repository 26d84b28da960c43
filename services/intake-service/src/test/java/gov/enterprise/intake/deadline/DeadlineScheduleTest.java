package gov.enterprise.intake.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineScheduleTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DeadlineSchedule schedule = new DeadlineSchedule(WorkingDayCalendar.bundled(),
            new SlaPolicies(List.of(new SlaPolicy("ENERGY", Priority.URGENT, 1, 5),
                    new SlaPolicy("ENERGY", null, 2, 10))), CHINA);

    @Test
    void fifteenWorkingDaysFromTheMidAutumnFestivalSkipNationalDay() {
        // routed on Friday 25 September 2026 (a holiday) at 10:00 in Taizhou
        Deadlines deadlines = schedule.deadlines("LAND", Priority.NORMAL, Instant.parse("2026-09-25T02:00:00Z"));

        assertThat(deadlines.acceptDue()).isEqualTo(LocalDate.parse("2026-09-28"));
        assertThat(deadlines.resolveDue()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(deadlines.provisional()).isFalse();
        assertThat(deadlines.policy()).isEqualTo(SlaPolicy.DEFAULT);
    }

    @Test
    void theRoutingDayIsTheDayInChinaNotInUtc() {
        // 2026-09-24T17:00Z is already Friday 25 September, 01:00 in Taizhou
        assertThat(schedule.deadlines("LAND", Priority.NORMAL, Instant.parse("2026-09-24T17:00:00Z")).acceptDue())
                .isEqualTo(LocalDate.parse("2026-09-28"));
    }

    @Test
    void theMostSpecificPolicyApplies() {
        Instant monday = Instant.parse("2026-03-02T02:00:00Z");
        assertThat(schedule.deadlines("ENERGY", Priority.URGENT, monday).policy().resolveWorkingDays()).isEqualTo(5);
        assertThat(schedule.deadlines("ENERGY", Priority.NORMAL, monday).policy().resolveWorkingDays()).isEqualTo(10);
        assertThat(schedule.deadlines("LAND", Priority.URGENT, monday).policy()).isEqualTo(SlaPolicy.DEFAULT);
    }

    @Test
    void deadlinesInAYearWithoutItsOfficialCalendarAreProvisional() {
        Deadlines deadlines = schedule.deadlines("LAND", Priority.NORMAL, Instant.parse("2026-12-24T02:00:00Z"));

        assertThat(deadlines.resolveDue().getYear()).isEqualTo(2027);
        assertThat(deadlines.provisional()).isTrue();
    }
}
