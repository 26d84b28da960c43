package gov.enterprise.oversight.rebuild;

import gov.enterprise.oversight.figure.Enterprise;
import gov.enterprise.oversight.figure.VisitChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Enterprises and their visits of one group of partitions, folded in memory. */
final class VisitFold {

    private final ZoneId zone;
    private final Map<String, Filed> enterprises = new HashMap<>();
    private final Map<String, VisitChange.VisitRecorded> visits = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Day>> days = new HashMap<>();

    VisitFold(ZoneId zone) {
        this.zone = zone;
    }

    /** An enterprise file: the latest facts, the latest name. */
    static final class Filed {
        Enterprise enterprise;
        String name;
        Instant factsAt;
    }

    /** One day an enterprise was visited, with the facts of its first visit that day. */
    static final class Day {
        final String region;
        final String cluster;
        int visits;

        Day(Enterprise enterprise) {
            this.region = enterprise.region();
            this.cluster = enterprise.cluster();
        }
    }

    void apply(VisitChange change) {
        switch (change) {
            case VisitChange.VisitRecorded visit -> {
                file(visit.enterprise(), null, visit.recordedAt() == null ? visit.visitedAt() : visit.recordedAt());
                if (visits.putIfAbsent(visit.visitId(), visit) == null) {
                    LocalDate day = LocalDate.ofInstant(visit.visitedAt(), zone);
                    days.computeIfAbsent(visit.uscc(), uscc -> new TreeMap<>())
                            .computeIfAbsent(day, d -> new Day(visit.enterprise())).visits++;
                }
            }
            case VisitChange.EnterpriseFiled filed -> file(filed.enterprise(), filed.name(), filed.at());
        }
    }

    private void file(Enterprise enterprise, String name, Instant at) {
        Filed filed = enterprises.computeIfAbsent(enterprise.uscc(), uscc -> new Filed());
        if (filed.factsAt == null || !at.isBefore(filed.factsAt)) {
            filed.enterprise = enterprise;
            filed.factsAt = at;
        }
        if (name != null) {
            filed.name = name;
        }
    }

    Collection<Filed> enterprises() {
        return enterprises.values();
    }

    Collection<VisitChange.VisitRecorded> visits() {
        return visits.values();
    }

    Map<String, TreeMap<LocalDate, Day>> days() {
        return days;
    }

    ZoneId zone() {
        return zone;
    }
}
