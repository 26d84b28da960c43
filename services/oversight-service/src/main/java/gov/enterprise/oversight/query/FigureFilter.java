package gov.enterprise.oversight.query;

import static java.util.Objects.requireNonNull;

import gov.enterprise.oversight.figure.Period;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which issues and visits a figure counts: those reported (visited) in {@code period}, in one of {@code regions}
 * (null: all), of {@code cluster}, {@code category} and {@code department} (null: any), as they stood at the end of
 * {@code asOf} (null: now).
 */
public record FigureFilter(Period period, LocalDate asOf, Set<String> regions, String cluster, String category,
                           String department) {

    public FigureFilter {
        requireNonNull(period, "period");
        regions = regions == null ? null : Set.copyOf(regions);
    }

    /** Visits have neither category nor department: with either filter there is no visit figure. */
    public boolean countsVisits() {
        return category == null && department == null;
    }

    public FigureFilter withPeriod(Period other) {
        return new FigureFilter(other, asOf, regions, cluster, category, department);
    }
}
