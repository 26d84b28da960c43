package gov.enterprise.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @Test
    void fifteenWorkingDaysFromMidAutumnSkipTheNationalDayHoliday() {
        // 2026-09-25 is itself a holiday; 1-7 October are off and Saturday 10 October is a make-up working day
        assertThat(calendar.addWorkingDays(on("2026-09-25"), 15)).isEqualTo(on("2026-10-22"));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-09-24, true",   // Thursday
            "2026-09-25, false",  // Mid-Autumn Festival, a Friday
            "2026-09-20, true",   // Sunday, make-up working day
            "2026-09-27, false",  // ordinary Sunday
            "2026-10-01, false",  // National Day
            "2026-10-07, false",  // last day of the National Day block, a Wednesday
            "2026-10-10, true",   // Saturday, make-up working day
            "2018-02-11, true",   // Sunday before the 2018 Spring Festival, make-up working day
            "2018-02-16, false",  // Spring Festival 2018
            "2025-01-01, false",  // New Year's Day 2025
    })
    void knowsHolidaysAndMakeUpWorkingDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void theStartDayNeverCounts() {
        assertThat(calendar.addWorkingDays(on("2026-09-24"), 1)).isEqualTo(on("2026-09-28"));
        assertThat(calendar.addWorkingDays(on("2026-09-26"), 1)).isEqualTo(on("2026-09-28"));
        assertThat(calendar.addWorkingDays(on("2026-09-26"), 0)).isEqualTo(on("2026-09-26"));
    }

    @Test
    void countingIsTheInverseOfAdding() {
        for (LocalDate start = on("2026-01-01"); start.isBefore(on("2026-12-01")); start = start.plusDays(3)) {
            for (int n : new int[] {1, 5, 15}) {
                assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n))).isEqualTo(n);
            }
        }
        assertThat(calendar.workingDaysBetween(on("2026-10-22"), on("2026-09-25"))).isEqualTo(-15);
    }

    @Test
    void aYearNotPublishedYetIsCountedByWeekdaysAndSaidToBeProvisional() {
        assertThat(calendar.covers(on("2026-12-31"))).isTrue();
        assertThat(calendar.covers(on("2027-01-04"))).isFalse();
        // Thursday 2026-12-31 + 3 working days: Friday 1 January 2027 counts as a weekday until 2027 is loaded
        assertThat(calendar.addWorkingDays(on("2026-12-31"), 3)).isEqualTo(on("2027-01-05"));

        var year2027 = new YearCalendar(Year.of(2027), Set.of(on("2027-01-01")), Set.of());
        var loaded = calendar.with(year2027);
        assertThat(loaded.covers(on("2027-01-04"))).isTrue();
        assertThat(loaded.addWorkingDays(on("2026-12-31"), 3)).isEqualTo(on("2027-01-06"));
        assertThat(calendar.covers(on("2027-01-04"))).as("calendars are immutable").isFalse();
    }

    @Test
    void aBadCalendarFileIsRefusedWithTheLineAtFault() {
        assertThatThrownBy(() -> parse("date,kind\n2026-10-01,holiday\n2026-13-01,holiday\n"))
                .isInstanceOf(InvalidCalendarException.class).hasMessage("line 3: '2026-13-01' is not a yyyy-MM-dd date");
        assertThatThrownBy(() -> parse("date,kind\n2026-10-01,day-off\n"))
                .hasMessage("line 2: kind must be 'holiday' or 'workday', not 'day-off'");
        assertThatThrownBy(() -> parse("day,kind\n"))
                .hasMessage("line 1: expected the header 'date,kind'");
        assertThatThrownBy(() -> parse("date,kind\n2025-10-01,holiday\n"))
                .hasMessage("2025-10-01 does not belong to the calendar of 2026");
        assertThatThrownBy(() -> parse("date,kind\n2026-10-08,workday\n"))
                .hasMessage("2026-10-08 is a make-up working day but not a Saturday or Sunday");
    }

    @Test
    void aFileWithAByteOrderMarkIsRead() {
        var year = parse("\uFEFFdate,kind\r\n2026-10-01,holiday\r\n");
        assertThat(year.holidays()).containsExactly(on("2026-10-01"));
    }

    private static YearCalendar parse(String csv) {
        return YearCalendar.parse(Year.of(2026), new StringReader(csv));
    }

    private static LocalDate on(String date) {
        return LocalDate.parse(date);
    }
}
