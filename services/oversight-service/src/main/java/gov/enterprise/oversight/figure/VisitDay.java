package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One enterprise's visits on one day, with the previous day it was visited ({@code previous}, null for its first),
 * in the region and cluster it had at its first visit that day: a row of {@code enterprise_visit_day}.
 */
public record VisitDay(LocalDate day, LocalDate previous, String region, String cluster, int visits) {

    public VisitDay {
        requireNonNull(day, "day");
        requireNonNull(region, "region");
        requireNonNull(cluster, "cluster");
    }

    public VisitDay withPrevious(LocalDate other) {
        return new VisitDay(day, other, region, cluster, visits);
    }

    public VisitDay withVisits(int other) {
        return new VisitDay(day, previous, region, cluster, other);
    }
}
