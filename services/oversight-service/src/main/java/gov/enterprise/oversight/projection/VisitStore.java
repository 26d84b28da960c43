package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.Enterprise;
import gov.enterprise.oversight.figure.VisitChange;
import gov.enterprise.oversight.readmodel.Generation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Visits and enterprise files of a generation. */
@Repository
public class VisitStore {

    private final JdbcTemplate jdbc;

    public VisitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the enterprise's facts if they are newer than the ones held, and locks its row: the visits of one
     * enterprise are then counted one after the other.
     */
    public void fileEnterprise(Generation generation, Enterprise enterprise, String name, Instant at) {
        String table = generation.table("enterprise");
        jdbc.update("insert into " + table + " as e (uscc, name, region, cluster, facts_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (uscc) do update set"
                        + " name = coalesce(excluded.name, e.name),"
                        + " region = case when excluded.facts_at >= e.facts_at"
                        + " then excluded.region else e.region end,"
                        + " cluster = case when excluded.facts_at >= e.facts_at"
                        + " then excluded.cluster else e.cluster end,"
                        + " facts_at = greatest(excluded.facts_at, e.facts_at)",
                enterprise.uscc(), name, enterprise.region(), enterprise.cluster(), utc(at));
    }

    /** Records a visit once: false when it was known already (a redelivery). */
    public boolean record(Generation generation, VisitChange.VisitRecorded visit, LocalDate day) {
        Enterprise enterprise = visit.enterprise();
        fileEnterprise(generation, enterprise, null, visit.recordedAt() == null ? visit.visitedAt()
                : visit.recordedAt());
        int inserted = jdbc.update("insert into " + generation.table("visit")
                        + " (visit_id, uscc, visit_day, visited_at, recorded_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (visit_id) do nothing",
                visit.visitId(), enterprise.uscc(), day, utc(visit.visitedAt()), utc(visit.recordedAt()));
        if (inserted == 0) {
            return false;
        }
        String days = generation.table("enterprise_visit_day");
        if (jdbc.update("update " + days + " set visits = visits + 1 where uscc = ? and visit_day = ?",
                enterprise.uscc(), day) == 1) {
            return true;
        }
        // a new day for this enterprise: it follows its previous visit day and precedes the next one
        jdbc.update("insert into " + days + " (uscc, visit_day, region, cluster, prev_day, visits)"
                        + " values (?, ?, ?, ?, (select max(visit_day) from " + days
                        + " where uscc = ? and visit_day < ?), 1)",
                enterprise.uscc(), day, enterprise.region(), enterprise.cluster(), enterprise.uscc(), day);
        jdbc.update("update " + days + " set prev_day = ? where uscc = ? and visit_day = (select min(visit_day) from "
                + days + " where uscc = ? and visit_day > ?)", day, enterprise.uscc(), enterprise.uscc(), day);
        return true;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
