package gov.enterprise.oversight.figure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The buckets of a trend: days, ISO weeks (Monday first) or calendar months. */
public enum Interval {

    DAY, WEEK, MONTH;

    public static Interval parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** The first day of the bucket holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The buckets covering the period, each clipped to it. */
    public List<Period> buckets(Period period) {
        var buckets = new ArrayList<Period>();
        for (LocalDate start = start(period.from()); !start.isAfter(period.to()); start = next(start)) {
            LocalDate end = next(start).minusDays(1);
            buckets.add(new Period(start.isBefore(period.from()) ? period.from() : start,
                    end.isAfter(period.to()) ? period.to() : end));
        }
        return buckets;
    }

    /** How many buckets the period spans, without building them. */
    public long count(Period period) {
        return switch (this) {
            case DAY -> period.to().toEpochDay() - period.from().toEpochDay() + 1;
            case WEEK -> (start(period.to()).toEpochDay() - start(period.from()).toEpochDay()) / 7 + 1;
            case MONTH -> (period.to().getYear() - period.from().getYear()) * 12L
                    + period.to().getMonthValue() - period.from().getMonthValue() + 1;
        };
    }
}
