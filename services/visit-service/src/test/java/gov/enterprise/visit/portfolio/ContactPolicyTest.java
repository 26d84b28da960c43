package gov.enterprise.visit.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContactPolicyTest {

    final ContactPolicy quarterly = ContactPolicy.QUARTERLY;

    static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void aVisitInOneQuarterMakesTheNextDueByTheEndOfTheFollowingQuarter() {
        var standing = quarterly.standing(at("2026-02-10T10:00"), at("2025-06-01T00:00"), at("2026-05-01T09:00"));

        assertThat(standing.visitedThisPeriod()).isFalse();
        assertThat(standing.dueBy()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(standing.overdue()).isFalse();
    }

    @Test
    void aQuarterWithoutAVisitMakesItOverdue() {
        var standing = quarterly.standing(at("2026-02-10T10:00"), at("2025-06-01T00:00"), at("2026-07-01T00:30"));

        assertThat(standing.overdue()).isTrue();
    }

    @Test
    void aVisitThisQuarterCounts() {
        var standing = quarterly.standing(at("2026-07-02T10:00"), at("2025-06-01T00:00"), at("2026-07-20T09:00"));

        assertThat(standing.visitedThisPeriod()).isTrue();
        assertThat(standing.dueBy()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(standing.overdue()).isFalse();
    }

    @Test
    void aNewPairingHasUntilTheEndOfTheNextQuarter() {
        var standing = quarterly.standing(null, at("2026-03-31T18:00"), at("2026-04-01T09:00"));

        assertThat(standing.dueBy()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(standing.overdue()).isFalse();
    }

    @Test
    void quartersAreCountedInChinaTime() {
        // 2026-03-31T17:00Z is already 1 April in Beijing: a visit in the second quarter
        var standing = quarterly.standing(Instant.parse("2026-03-31T17:00:00Z"), at("2025-01-01T00:00"),
                at("2026-04-02T09:00"));

        assertThat(standing.visitedThisPeriod()).isTrue();
    }

    @Test
    void otherPeriodsDivideTheYear() {
        var monthly = new ContactPolicy(Period.ofMonths(1), ZoneId.of("Asia/Shanghai"));

        assertThat(monthly.standing(at("2026-05-20T10:00"), at("2025-01-01T00:00"), at("2026-06-02T09:00")).dueBy())
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> new ContactPolicy(Period.ofMonths(5), ZoneId.of("Asia/Shanghai")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
