package gov.enterprise.resolution.calendar;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.calendar.YearCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The calendar years loaded at run time, kept in the service's schema ({@code calendar_year}). */
@Repository
public class CalendarYears {

    private final JdbcTemplate jdbc;

    public CalendarYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the year unless a later load of it is held already (a redelivered or older load changes nothing).
     *
     * @return whether the year was taken
     */
    public boolean store(YearCalendar year, String loadedBy, Instant loadedAt) {
        return jdbc.update("""
                        insert into calendar_year as y (year, holidays, make_up_workdays, loaded_by, loaded_at)
                        values (?, cast(? as date[]), cast(? as date[]), ?, ?)
                        on conflict (year) do update set holidays = excluded.holidays,
                            make_up_workdays = excluded.make_up_workdays, loaded_by = excluded.loaded_by,
                            loaded_at = excluded.loaded_at
                        where y.loaded_at < excluded.loaded_at""",
                year.year().getValue(), array(year.holidays()), array(year.makeUpWorkdays()), loadedBy,
                OffsetDateTime.ofInstant(loadedAt, ZoneOffset.UTC)) == 1;
    }

    /**
     * What tells one state of the table from another: each year loaded and when. A load changes it, so an instance's
     * copy read at another state is out of date; loads of different years may be applied in any order, so the latest
     * load alone would not tell them apart.
     */
    public String version() {
        return jdbc.queryForObject("select coalesce(string_agg(year || '@' || loaded_at::text, ',' order by year), '-')"
                + " from calendar_year", String.class);
    }

    /** The bundled years, with every loaded year in place of the bundled one of the same number. */
    public WorkingDayCalendar calendar() {
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        for (YearCalendar year : jdbc.query("select year, array_to_string(holidays, ','),"
                        + " array_to_string(make_up_workdays, ',') from calendar_year order by year",
                (rs, n) -> new YearCalendar(Year.of(rs.getInt(1)), days(rs.getString(2)), days(rs.getString(3))))) {
            calendar = calendar.with(year);
        }
        return calendar;
    }

    private static String array(Collection<LocalDate> days) {
        return days.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Set<LocalDate> days(String list) {
        if (list == null || list.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
