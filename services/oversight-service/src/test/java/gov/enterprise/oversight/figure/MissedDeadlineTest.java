package gov.enterprise.oversight.figure;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissedDeadlineTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    @Test
    void aTicketWaitingToBeAcceptedMissedItsAcceptanceDeadlineAnyOtherItsResolutionDeadline() {
        LocalDate accept = LocalDate.parse("2026-10-09");
        LocalDate resolve = LocalDate.parse("2026-10-29");
        assertThat(MissedDeadline.of("ASSIGNED", accept, resolve)).isEqualTo(MissedDeadline.ACCEPTANCE);
        assertThat(MissedDeadline.of("TRANSFERRED", accept, resolve)).isEqualTo(MissedDeadline.ACCEPTANCE);
        for (String state : new String[] {"ACCEPTED", "IN_PROGRESS", "REOPENED"}) {
            assertThat(MissedDeadline.of(state, accept, resolve)).as(state).isEqualTo(MissedDeadline.RESOLUTION);
        }
        assertThat(MissedDeadline.of("ASSIGNED", LocalDate.parse("2026-11-02"), resolve))
                .as("transferred when already late: the resolution deadline ends first and runs")
                .isEqualTo(MissedDeadline.RESOLUTION);
        var ticket = new IssueChange.Ticket(3, "ASSIGNED", "RED", "NRP", "LAND", null, 1,
                LocalDate.parse("2026-10-09"), LocalDate.parse("2026-10-29"), false, 0, null);
        assertThat(MissedDeadline.ACCEPTANCE.due(ticket)).isEqualTo("2026-10-09");
        assertThat(MissedDeadline.RESOLUTION.due(ticket)).isEqualTo("2026-10-29");
    }

    @Test
    void daysOverdueAreTheWorkingDaysAfterTheDeadlineAndAtLeastOne() {
        // after Monday 10-19 up to Saturday 10-31: 10-20..23 and 10-26..30
        assertThat(MissedDeadline.workingDaysOverdue(LocalDate.parse("2026-10-19"), LocalDate.parse("2026-10-31"),
                CALENDAR)).isEqualTo(9);
        // red since Saturday, the day after a Friday deadline: in its first day overdue, no working day gone yet
        assertThat(MissedDeadline.workingDaysOverdue(LocalDate.parse("2026-10-23"), LocalDate.parse("2026-10-24"),
                CALENDAR)).isEqualTo(1);
        // across the National Day holidays: 10-08, 10-09 and the make-up working Saturday 10-10
        assertThat(MissedDeadline.workingDaysOverdue(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-11"),
                CALENDAR)).isEqualTo(3);
    }
}
