package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.Cell;
import gov.enterprise.oversight.figure.Counter;
import gov.enterprise.oversight.figure.Counters;
import gov.enterprise.oversight.figure.DeltaKey;
import gov.enterprise.oversight.readmodel.Generation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Adds an issue's change of counters to the five cube tables. Rows are touched table after table in a fixed order,
 * each in the order of its {@link DeltaKey}s, so two transactions adding to the same cells lock them in the same order
 * and never deadlock.
 */
@Repository
public class CubeStore {

    public static final String DELTA_DAY = "issue_delta_day";
    public static final String DELTA_MONTH = "issue_delta_month";
    public static final String CELL_DAY = "issue_cell_day";
    public static final String DELTA_EFFECTIVE_DAY = "issue_delta_effective_day";
    public static final String CELL_MONTH = "issue_cell_month";

    private static final String COUNTER_COLUMNS = Counters.ALL.stream().map(Counter::column)
            .collect(Collectors.joining(", "));
    private static final String COUNTER_PLACEHOLDERS = Counters.ALL.stream().map(c -> "?")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    public CubeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Generation generation, SortedMap<DeltaKey, Counters> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var monthly = new TreeMap<DeltaKey, Counters>();
        var current = new TreeMap<DeltaKey, Counters>();
        var byEffectiveDay = new TreeMap<DeltaKey, Counters>();
        var currentMonthly = new TreeMap<DeltaKey, Counters>();
        changes.forEach((key, counters) -> {
            monthly.merge(key.monthly(), counters, Counters::plus);
            current.merge(new DeltaKey(key.reportDay(), key.cell(), LocalDate.EPOCH), counters, Counters::plus);
            byEffectiveDay.merge(new DeltaKey(key.reportDay().withDayOfMonth(1), key.cell(), key.effectiveDay()),
                    counters, Counters::plus);
            currentMonthly.merge(new DeltaKey(key.reportDay().withDayOfMonth(1), key.cell(), LocalDate.EPOCH),
                    counters, Counters::plus);
        });
        upsert(generation.table(DELTA_DAY), "report_day", "effective_day", changes);
        upsert(generation.table(DELTA_MONTH), "report_month", "effective_month", monthly);
        upsert(generation.table(CELL_DAY), "report_day", null, current);
        // one more upsert per change, so that asOf a day that is not a month end reads only that month's changes
        upsert(generation.table(DELTA_EFFECTIVE_DAY), "report_month", "effective_day", byEffectiveDay);
        // and one more, so that whole months asked "now" read one row per month and cell, not one per effective
        // month: a fifth statement in the batch's round trips, one or two rows per issue change (its cell, and the
        // one it left when re-routed), on the same rows as every other change of that month and cell
        upsert(generation.table(CELL_MONTH), "report_month", null, currentMonthly);
    }

    private void upsert(String table, String reportColumn, String effectiveColumn, Map<DeltaKey, Counters> rows) {
        var keys = new ArrayList<>(List.of(reportColumn, "region", "cluster", "category", "department"));
        if (effectiveColumn != null) {
            keys.add(effectiveColumn);
        }
        String keyList = String.join(", ", keys);
        String sql = "insert into " + table + " as t (" + keyList + ", " + COUNTER_COLUMNS + ") values ("
                + keys.stream().map(k -> "?").collect(Collectors.joining(", ")) + ", " + COUNTER_PLACEHOLDERS + ")"
                + " on conflict (" + keyList + ") do update set "
                + Counters.ALL.stream().map(c -> c.column() + " = t." + c.column() + " + excluded." + c.column())
                        .collect(Collectors.joining(", "));
        var batch = new ArrayList<Object[]>(rows.size());
        rows.forEach((key, counters) -> {
            if (counters.isZero()) {
                return;
            }
            var parameters = new ArrayList<Object>(keys.size() + Counters.ALL.size());
            Cell cell = key.cell();
            parameters.add(key.reportDay());
            parameters.add(cell.region());
            parameters.add(cell.cluster());
            parameters.add(cell.category());
            parameters.add(cell.department());
            if (effectiveColumn != null) {
                parameters.add(key.effectiveDay());
            }
            for (long value : counters.toArray()) {
                parameters.add(Math.toIntExact(value));
            }
            batch.add(parameters.toArray());
        });
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }
}
