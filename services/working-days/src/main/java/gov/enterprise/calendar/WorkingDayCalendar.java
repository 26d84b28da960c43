package gov.enterprise.calendar;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working days by the official calendar, for deadlines such as "accept within 1 working day, resolve within 15".
 * Immutable: loading next year's arrangement gives a new calendar ({@link #with(YearCalendar)}).
 *
 * <p>A year whose arrangement is not loaded yet (next year's is published only in November) is counted with the plain
 * weekday rule, and {@link #covers(LocalDate)} says so, so that deadlines falling in it can be marked provisional and
 * recomputed once the year is loaded, rather than refused.
 */
public final class WorkingDayCalendar {

    private static final String[] BUNDLED_YEARS = {"2018", "2025", "2026"};

    private final Map<Year, YearCalendar> years;

    private WorkingDayCalendar(Map<Year, YearCalendar> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    public static WorkingDayCalendar of(YearCalendar... calendars) {
        var map = new TreeMap<Year, YearCalendar>();
        for (YearCalendar calendar : calendars) {
            map.put(calendar.year(), calendar);
        }
        return new WorkingDayCalendar(map);
    }

    /** The arrangements shipped with this library (mainland China, 2018, 2025 and 2026): seed data. */
    public static WorkingDayCalendar bundled() {
        var map = new TreeMap<Year, YearCalendar>();
        for (String year : BUNDLED_YEARS) {
            String resource = "cn-" + year + ".csv";
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("bundled calendar " + resource + " is missing");
                }
                map.put(Year.parse(year), YearCalendar.parse(Year.parse(year),
                        new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot read bundled calendar " + resource, e);
            }
        }
        return new WorkingDayCalendar(map);
    }

    /** This calendar with {@code year}'s arrangement added, or replaced if it was loaded already. */
    public WorkingDayCalendar with(YearCalendar year) {
        var map = new TreeMap<>(years);
        map.put(year.year(), year);
        return new WorkingDayCalendar(map);
    }

    public SortedSet<Year> loadedYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    public Optional<YearCalendar> year(Year year) {
        return Optional.ofNullable(years.get(year));
    }

    /** Whether the official arrangement for {@code day}'s year is loaded; if not, answers are provisional. */
    public boolean covers(LocalDate day) {
        return years.containsKey(Year.of(day.getYear()));
    }

    public boolean isWorkingDay(LocalDate day) {
        YearCalendar year = years.get(Year.of(day.getYear()));
        return year != null ? year.isWorkingDay(day) : !YearCalendar.isWeekend(day);
    }

    /**
     * The day that ends a period of {@code workingDays} working days starting after {@code start}: the start day itself
     * never counts, so a ticket routed on a holiday or a Friday evening gets the full period. Zero gives {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days in {@code (from, to]}: how many working days have passed since {@code from} by the end of
     * {@code to}; negative when {@code to} is before {@code from}. {@code workingDaysBetween(d, addWorkingDays(d, n))}
     * is {@code n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
