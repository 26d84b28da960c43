package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.Enterprise;
import gov.enterprise.oversight.figure.VisitChange;
import gov.enterprise.oversight.figure.VisitDay;
import gov.enterprise.oversight.figure.VisitSums;
import gov.enterprise.oversight.readmodel.Generation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Visits and enterprise files of a generation: the visits, the enterprises' visit days with their previous visit
 * day, and the aggregates summed from those days (docs/metrics.md), changed together.
 */
@Repository
public class VisitStore {

    public static final String VISIT_DAY = "enterprise_visit_day";
    public static final String VISIT_MONTH = "visit_month";
    public static final String VISIT_DAY_PREV_MONTH = "visit_day_prev_month";
    public static final String VISIT_PREV_DAY_MONTH = "visit_prev_day_month";

    private static final String VISIT_DAY_COLUMNS = "visit_day, prev_day, region, cluster, visits";

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
        String days = generation.table(VISIT_DAY);
        List<VisitDay> again = jdbc.query("update " + days + " set visits = visits + 1 where uscc = ? and visit_day = ?"
                + " returning " + VISIT_DAY_COLUMNS, VisitStore::visitDay, enterprise.uscc(), day);
        if (!again.isEmpty()) {
            VisitDay after = again.getFirst();
            addSums(generation, VisitSums.difference(List.of(after.withVisits(after.visits() - 1)), List.of(after)));
            return true;
        }
        // a new day for this enterprise: it follows its previous visit day and precedes the next one, whose previous
        // day it becomes
        VisitDay added = jdbc.queryForObject("insert into " + days
                        + " (uscc, visit_day, region, cluster, prev_day, visits) values (?, ?, ?, ?,"
                        + " (select max(visit_day) from " + days + " where uscc = ? and visit_day < ?), 1)"
                        + " returning " + VISIT_DAY_COLUMNS,
                VisitStore::visitDay, enterprise.uscc(), day, enterprise.region(), enterprise.cluster(),
                enterprise.uscc(), day);
        List<VisitDay> next = jdbc.query("update " + days + " set prev_day = ? where uscc = ? and visit_day ="
                        + " (select min(visit_day) from " + days + " where uscc = ? and visit_day > ?) returning "
                        + VISIT_DAY_COLUMNS, VisitStore::visitDay, day, enterprise.uscc(), enterprise.uscc(), day);
        var removed = new ArrayList<VisitDay>();
        var now = new ArrayList<VisitDay>(List.of(added));
        for (VisitDay following : next) {
            removed.add(following.withPrevious(added.previous()));
            now.add(following);
        }
        addSums(generation, VisitSums.difference(removed, now));
        return true;
    }

    /**
     * Adds to the visit aggregates, table after table in a fixed order and each in key order: with the enterprise's
     * row locked first, consumers of different enterprises meet only here, always in the same order.
     */
    private void addSums(Generation generation, VisitSums sums) {
        upsert(generation.table(VISIT_MONTH), "visit_month, region, cluster, prev_month", true, sums.byMonth());
        upsert(generation.table(VISIT_DAY_PREV_MONTH), "visit_day, region, cluster, prev_month", true, sums.byDay());
        upsert(generation.table(VISIT_PREV_DAY_MONTH), "prev_day, region, cluster, visit_month", false,
                sums.byPreviousDay());
    }

    private void upsert(String table, String keys, boolean withVisits, Map<VisitSums.Key, VisitSums.Sum> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // no previous visit is filed under '-infinity' (V2__aggregates.sql)
        String sql = "insert into " + table + " as t (" + keys + ", days" + (withVisits ? ", visits" : "") + ")"
                + " values (?, ?, ?, coalesce(cast(? as date), '-infinity'::date), ?" + (withVisits ? ", ?" : "") + ")"
                + " on conflict (" + keys + ") do update set days = t.days + excluded.days"
                + (withVisits ? ", visits = t.visits + excluded.visits" : "");
        var batch = new ArrayList<Object[]>(rows.size());
        rows.forEach((key, sum) -> batch.add(withVisits
                ? new Object[] {key.time(), key.region(), key.cluster(), key.other(), sum.days(), sum.visits()}
                : new Object[] {key.time(), key.region(), key.cluster(), key.other(), sum.days()}));
        jdbc.batchUpdate(sql, batch);
    }

    private static VisitDay visitDay(ResultSet rs, int row) throws SQLException {
        return new VisitDay(rs.getObject("visit_day", LocalDate.class), rs.getObject("prev_day", LocalDate.class),
                rs.getString("region"), rs.getString("cluster"), rs.getInt("visits"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
