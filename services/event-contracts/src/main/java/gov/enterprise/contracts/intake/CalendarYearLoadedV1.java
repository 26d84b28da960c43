package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An administrator loaded (or replaced) one year of the official working-day arrangement: every service that counts
 * working days takes it from here, so that a deadline means the same day everywhere. Keyed {@code calendar:<year>};
 * a later event for a year replaces the earlier one whole.
 *
 * @param holidays       the days off of the public holidays, weekend days inside a holiday block included
 * @param makeUpWorkdays the Saturdays and Sundays worked to make up for them (调休上班)
 */
public record CalendarYearLoadedV1(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays,
                                   String loadedBy, Instant loadedAt) {

    public CalendarYearLoadedV1 {
        holidays = List.copyOf(requireNonNull(holidays, "holidays"));
        makeUpWorkdays = List.copyOf(requireNonNull(makeUpWorkdays, "makeUpWorkdays"));
        requireNonNull(loadedBy, "loadedBy");
        requireNonNull(loadedAt, "loadedAt");
    }

    /** The key of a year's events: its loads stay in order. */
    public static String subject(int year) {
        return "calendar:" + year;
    }
}
