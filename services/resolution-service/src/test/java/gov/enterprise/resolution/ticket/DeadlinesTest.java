package gov.enterprise.resolution.ticket;

import static gov.enterprise.resolution.ticket.TicketFixture.DEADLINES;
import static gov.enterprise.resolution.ticket.TicketFixture.on;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The days a deadline's light turns and its escalation climbs, by the 2026 official calendar. */
class DeadlinesTest {

    @Test
    void fifteenWorkingDaysAcrossNationalDayTurnYellowAfterTwelveAndRedTheDayAfterTheDeadline() {
        Deadline deadline = DEADLINES.deadline(on("2026-09-24"), on("2026-10-22"));

        assertThat(deadline.yellowOn()).isEqualTo(on("2026-10-19"));
        assertThat(deadline.redOn()).isEqualTo(on("2026-10-23"));
        assertThat(deadline.furtherOverdueOn()).isEqualTo(on("2026-10-29"));
        assertThat(deadline.lightOn(on("2026-10-18"))).isEqualTo(Light.GREEN);
        assertThat(deadline.lightOn(on("2026-10-19"))).isEqualTo(Light.YELLOW);
        assertThat(deadline.lightOn(on("2026-10-22"))).isEqualTo(Light.YELLOW);
        assertThat(deadline.lightOn(on("2026-10-23"))).isEqualTo(Light.RED);
        assertThat(deadline.overdueOn(on("2026-10-22"))).isFalse();
        assertThat(deadline.overdueOn(on("2026-10-23"))).isTrue();
    }

    @Test
    void aOneDayAcceptanceDeadlineIsYellowOnItsDayAndTheMakeUpSaturdayCountsTowardsTheLeader() {
        Deadline deadline = DEADLINES.deadline(on("2026-09-24"), on("2026-09-28"));

        assertThat(deadline.lightOn(on("2026-09-25"))).as("a holiday uses no time").isEqualTo(Light.GREEN);
        assertThat(deadline.lightOn(on("2026-09-28"))).isEqualTo(Light.YELLOW);
        assertThat(deadline.redOn()).isEqualTo(on("2026-09-29"));
        assertThat(deadline.furtherOverdueOn()).isEqualTo(on("2026-10-10"));
    }

    @Test
    void aDeadlineOnItsOwnStartDayIsYellowAtOnce() {
        Deadline deadline = DEADLINES.deadline(on("2026-10-12"), on("2026-10-12"));

        assertThat(deadline.lightOn(on("2026-10-12"))).isEqualTo(Light.YELLOW);
        assertThat(deadline.lightOn(on("2026-10-13"))).isEqualTo(Light.RED);
    }

    @Test
    void theDayOfAnInstantIsTheDayInChina() {
        assertThat(DEADLINES.day(java.time.Instant.parse("2026-10-22T16:30:00Z"))).isEqualTo(on("2026-10-23"));
    }
}
