package gov.enterprise.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the official arrangement (published by the State Council each November): the public-holiday days off,
 * including weekend days inside a holiday block, and the weekend days that are make-up working days (调休上班).
 * Every other Saturday and Sunday is a day off and every other weekday a working day.
 */
public record YearCalendar(Year year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    public YearCalendar {
        Objects.requireNonNull(year, "year");
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        for (LocalDate day : holidays) {
            requireInYear(year, day);
            if (makeUpWorkdays.contains(day)) {
                throw new InvalidCalendarException(day + " is listed both as a holiday and as a make-up working day");
            }
        }
        for (LocalDate day : makeUpWorkdays) {
            requireInYear(year, day);
            if (!isWeekend(day)) {
                throw new InvalidCalendarException(day + " is a make-up working day but not a Saturday or Sunday");
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.contains(day);
    }

    /**
     * Reads the shared CSV format: a {@code date,kind} header, then one {@code yyyy-MM-dd,holiday|workday} row per
     * exceptional day. Every row must belong to {@code year}.
     */
    public static YearCalendar parse(Year year, Reader csv) {
        var holidays = new HashSet<LocalDate>();
        var workdays = new HashSet<LocalDate>();
        try (var lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals("date,kind")) {
                throw new InvalidCalendarException("line 1: expected the header 'date,kind'");
            }
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.strip().split(",", -1);
                if (cells.length != 2) {
                    throw new InvalidCalendarException("line " + number + ": expected 'date,kind'");
                }
                LocalDate day = parseDate(cells[0], number);
                switch (cells[1].strip()) {
                    case "holiday" -> holidays.add(day);
                    case "workday" -> workdays.add(day);
                    default -> throw new InvalidCalendarException(
                            "line " + number + ": kind must be 'holiday' or 'workday', not '" + cells[1] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new YearCalendar(year, holidays, workdays);
    }

    private static LocalDate parseDate(String text, int line) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCalendarException("line " + line + ": '" + text + "' is not a yyyy-MM-dd date");
        }
    }

    private static void requireInYear(Year year, LocalDate day) {
        if (day.getYear() != year.getValue()) {
            throw new InvalidCalendarException(day + " does not belong to the calendar of " + year);
        }
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
