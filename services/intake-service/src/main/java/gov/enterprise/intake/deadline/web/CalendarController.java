package gov.enterprise.intake.deadline.web;

import gov.enterprise.calendar.InvalidCalendarException;
import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.calendar.YearCalendar;
import gov.enterprise.intake.deadline.store.JdbcCalendars;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official working-day calendars deadlines count by. Administrators load next year's arrangement at run time
 * ({@code PUT /api/v1/calendars/2027} with the CSV the State Council's notice was typed into: {@code date,kind} and
 * one {@code yyyy-MM-dd,holiday|workday} row per exceptional day); routing uses it from the next issue on.
 */
@RestController
@RequestMapping("/api/v1/calendars")
public class CalendarController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    /** The widest span the working-days answer counts: ten years. */
    private static final long LONGEST_SPAN_DAYS = 3660;

    private final JdbcCalendars calendars;
    private final PolicySource policies;

    public CalendarController(JdbcCalendars calendars, PolicySource policies) {
        this.calendars = calendars;
        this.policies = policies;
    }

    public record YearView(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, String loadedBy,
                           Instant loadedAt) {
    }

    @GetMapping
    public Map<String, List<JdbcCalendars.LoadedYear>> years() {
        return Map.of("items", calendars.years());
    }

    @GetMapping("/{year}")
    public YearView year(@PathVariable int year) {
        JdbcCalendars.LoadedYear loaded = calendars.year(year)
                .orElseThrow(() -> Problems.notFound("The calendar of " + year + " is not loaded"));
        YearCalendar calendar = calendars.load().year(Year.of(year)).orElseThrow();
        return new YearView(year, calendar.holidays().stream().sorted().toList(),
                calendar.makeUpWorkdays().stream().sorted().toList(), loaded.loadedBy(), loaded.loadedAt());
    }

    /** Loads or replaces one year: {@code 201} the first time, {@code 200} when it replaced the year. */
    @PutMapping(path = "/{year}", consumes = {"text/csv", "text/plain"})
    public ResponseEntity<YearView> load(@PathVariable int year, @RequestBody byte[] csv, Subject caller) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw Problems.invalid("year", "must be " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        YearCalendar calendar;
        try {
            calendar = YearCalendar.parse(Year.of(year), new StringReader(new String(csv, StandardCharsets.UTF_8)));
        } catch (InvalidCalendarException e) {
            throw Problems.invalid("body", e.getMessage());
        }
        boolean replaced = calendars.put(calendar, caller.toString());
        policies.changed();
        return ResponseEntity.status(replaced ? HttpStatus.OK : HttpStatus.CREATED).body(year(year));
    }

    /**
     * Working-day arithmetic by the calendars in force: {@code ?from=2026-09-25&add=15} is the day ending 15 working
     * days after {@code from}; {@code ?from=...&to=...} counts the working days in between.
     */
    @GetMapping("/working-days")
    public Map<String, Object> workingDays(@RequestParam LocalDate from, @RequestParam(required = false) Integer add,
                                           @RequestParam(required = false) LocalDate to) {
        if ((add == null) == (to == null)) {
            throw Problems.invalid("add", "give either add (a number of working days) or to (a date)");
        }
        // the calendar counts day by day: a span of centuries would hold a request thread for minutes
        if (from.getYear() < FIRST_YEAR || from.getYear() > LAST_YEAR) {
            throw Problems.invalid("from", "must be in a year a calendar may be loaded for, "
                    + FIRST_YEAR + " to " + LAST_YEAR);
        }
        if (to != null && Math.abs(ChronoUnit.DAYS.between(from, to)) > LONGEST_SPAN_DAYS) {
            throw Problems.invalid("to", "must be within ten years of from");
        }
        WorkingDayCalendar calendar = policies.current().schedule().calendar();
        var answer = new LinkedHashMap<String, Object>();
        answer.put("from", from);
        if (add != null) {
            if (add < 0 || add > 1000) {
                throw Problems.invalid("add", "must be 0 to 1000");
            }
            LocalDate date = calendar.addWorkingDays(from, add);
            answer.put("add", add);
            answer.put("date", date);
            answer.put("provisional", !calendar.covers(from) || !calendar.covers(date));
        } else {
            answer.put("to", to);
            answer.put("workingDays", calendar.workingDaysBetween(from, to));
            answer.put("provisional", !calendar.covers(from) || !calendar.covers(to));
        }
        return answer;
    }
}
