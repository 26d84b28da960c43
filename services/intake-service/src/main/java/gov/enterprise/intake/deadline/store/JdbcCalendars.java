package gov.enterprise.intake.deadline.store;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.calendar.YearCalendar;
import gov.enterprise.intake.deadline.CalendarEvents;
import gov.enterprise.intake.deadline.CalendarYearLoaded;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official working-day calendars loaded so far, one row per exceptional day. A year loaded here is published in
 * the same transaction, so the services that count working days from it never miss or disagree about a load.
 */
@Repository
public class JdbcCalendars {

    /** A loaded year: who loaded it and when. */
    public record LoadedYear(int year, int holidays, int makeUpWorkdays, String loadedBy, Instant loadedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CalendarEvents events;

    public JdbcCalendars(JdbcClient jdbc, Clock clock, CalendarEvents events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public WorkingDayCalendar load() {
        Map<Integer, Set<LocalDate>> holidays = new HashMap<>();
        Map<Integer, Set<LocalDate>> workdays = new HashMap<>();
        jdbc.sql("SELECT year FROM calendar_year").query(Integer.class).list().forEach(year -> {
            holidays.put(year, new HashSet<>());
            workdays.put(year, new HashSet<>());
        });
        jdbc.sql("SELECT year, day, kind FROM calendar_day").query((rs, n) -> {
            int year = rs.getInt(1);
            LocalDate day = rs.getObject(2, LocalDate.class);
            ("holiday".equals(rs.getString(3)) ? holidays : workdays).get(year).add(day);
            return null;
        }).list();
        var years = new ArrayList<YearCalendar>();
        holidays.forEach((year, days) -> years.add(new YearCalendar(Year.of(year), days, workdays.get(year))));
        return WorkingDayCalendar.of(years.toArray(YearCalendar[]::new));
    }

    /** The last year loaded, 0 before any. */
    public int lastLoadedYear() {
        return jdbc.sql("SELECT coalesce(max(year), 0) FROM calendar_year").query(Integer.class).single();
    }

    public List<LoadedYear> years() {
        return jdbc.sql("""
                        SELECT y.year, y.loaded_by, y.loaded_at,
                            count(*) FILTER (WHERE d.kind = 'holiday') AS holidays,
                            count(*) FILTER (WHERE d.kind = 'workday') AS workdays
                        FROM calendar_year y LEFT JOIN calendar_day d ON d.year = y.year
                        GROUP BY y.year, y.loaded_by, y.loaded_at ORDER BY y.year""")
                .query((rs, n) -> new LoadedYear(rs.getInt("year"), rs.getInt("holidays"), rs.getInt("workdays"),
                        rs.getString("loaded_by"), rs.getObject("loaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<LoadedYear> year(int year) {
        return years().stream().filter(loaded -> loaded.year() == year).findFirst();
    }

    /**
     * Loads (or replaces) one year's arrangement.
     *
     * @return whether the year was loaded before
     */
    @Transactional
    public boolean put(YearCalendar calendar, String actor) {
        int year = calendar.year().getValue();
        Instant now = clock.instant();
        var at = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        // The year's row first, as an upsert that locks it: two loads of one year at once are applied one after the
        // other (a delete then an insert let the second fail on the row the first inserted). An updated row has the
        // updating transaction in xmax, an inserted one 0.
        boolean existed = jdbc.sql("""
                        INSERT INTO calendar_year (year, loaded_by, loaded_at) VALUES (?, ?, ?)
                        ON CONFLICT (year) DO UPDATE SET loaded_by = excluded.loaded_by, loaded_at = excluded.loaded_at
                        RETURNING xmax <> 0""")
                .params(year, actor, at).query(Boolean.class).single();
        jdbc.sql("DELETE FROM calendar_day WHERE year = ?").param(year).update();
        for (LocalDate day : calendar.holidays()) {
            insertDay(year, day, "holiday");
        }
        for (LocalDate day : calendar.makeUpWorkdays()) {
            insertDay(year, day, "workday");
        }
        events.loaded(new CalendarYearLoaded(calendar, actor, now));
        return existed;
    }

    private void insertDay(int year, LocalDate day, String kind) {
        jdbc.sql("INSERT INTO calendar_day (day, year, kind) VALUES (?, ?, ?)")
                .params(new SqlParameterValue(Types.DATE, day), year, kind).update();
    }
}
