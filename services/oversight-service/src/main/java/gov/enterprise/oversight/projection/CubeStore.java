package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.Cell;
import gov.enterprise.oversight.figure.Counter;
import gov.enterprise.oversight.figure.Counters;
import gov.enterprise.oversight.figure.DeltaKey;
import gov.enterprise.oversight.readmodel.Generation;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Adds issues' changes of counters to the five cube tables.
 *
 * <p>Inside a transaction the changes are summed in memory and written once, just before the commit: a listener's
 * poll of many events then touches each cell once, in one round trip, instead of five statements per event. The sums
 * live and die with the transaction (a rollback drops them with the rest).
 *
 * <p>Rows are written table after table in a fixed order, each in the order of its {@link DeltaKey}s, so two
 * transactions adding to the same cells lock them in the same order and never deadlock on them; and the issue rows a
 * transaction locks are all locked before its cube rows.
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
    private static final String COUNTER_ARRAYS = Counters.ALL.stream().map(c -> "cast(? as int[])")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final SummedUntilCommit<SortedMap<DeltaKey, Counters>> pending =
            new SummedUntilCommit<>(CubeStore::fold, this::write);

    public CubeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Generation generation, SortedMap<DeltaKey, Counters> changes) {
        if (changes.isEmpty()) {
            return;
        }
        // a copy: the sum is folded into it
        pending.add(generation, new TreeMap<>(changes));
    }

    private static SortedMap<DeltaKey, Counters> fold(SortedMap<DeltaKey, Counters> sum,
                                                      SortedMap<DeltaKey, Counters> more) {
        more.forEach((key, counters) -> sum.merge(key, counters, Counters::plus));
        return sum;
    }

    private void write(Generation generation, SortedMap<DeltaKey, Counters> changes) {
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
        var upserts = new ArrayList<Upsert>(5);
        upserts.add(new Upsert(generation.table(DELTA_DAY), "report_day", "effective_day", changes));
        upserts.add(new Upsert(generation.table(DELTA_MONTH), "report_month", "effective_month", monthly));
        upserts.add(new Upsert(generation.table(CELL_DAY), "report_day", null, current));
        // so that asOf a day that is not a month end reads only that month's changes
        upserts.add(new Upsert(generation.table(DELTA_EFFECTIVE_DAY), "report_month", "effective_day",
                byEffectiveDay));
        // so that whole months asked "now" read one row per month and cell, not one per effective month
        upserts.add(new Upsert(generation.table(CELL_MONTH), "report_month", null, currentMonthly));
        upserts.removeIf(Upsert::isEmpty);
        StatementsTogether.run(jdbc, upserts);
    }

    /**
     * One table's rows (those with a change) as arrays, one per column, unnested by the statement: the same text
     * whatever the count.
     */
    private record Upsert(String table, String reportColumn, String effectiveColumn, SortedMap<DeltaKey, Counters> rows)
            implements StatementsTogether.Part {

        Upsert {
            var changed = new TreeMap<DeltaKey, Counters>();
            rows.forEach((key, counters) -> {
                if (!counters.isZero()) {
                    changed.put(key, counters);
                }
            });
            rows = changed;
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        @Override
        public String sql() {
            var keys = new ArrayList<>(List.of(reportColumn, "region", "cluster", "category", "department"));
            var arrays = new ArrayList<>(List.of("cast(? as date[])", "cast(? as text[])", "cast(? as text[])",
                    "cast(? as text[])", "cast(? as text[])"));
            if (effectiveColumn != null) {
                keys.add(effectiveColumn);
                arrays.add("cast(? as date[])");
            }
            String keyList = String.join(", ", keys);
            return "insert into " + table + " as t (" + keyList + ", " + COUNTER_COLUMNS + ") select * from unnest("
                    + String.join(", ", arrays) + ", " + COUNTER_ARRAYS + ") on conflict (" + keyList
                    + ") do update set " + Counters.ALL.stream()
                            .map(c -> c.column() + " = t." + c.column() + " + excluded." + c.column())
                            .collect(Collectors.joining(", "));
        }

        @Override
        public int bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
            var keys = List.copyOf(rows.keySet());
            var values = rows.values().stream().map(Counters::toArray).toList();
            int index = first;
            statement.setArray(index++, connection.createArrayOf("date",
                    keys.stream().map(key -> Date.valueOf(key.reportDay())).toArray()));
            statement.setArray(index++, connection.createArrayOf("text",
                    keys.stream().map(key -> key.cell().region()).toArray()));
            statement.setArray(index++, connection.createArrayOf("text",
                    keys.stream().map(key -> key.cell().cluster()).toArray()));
            statement.setArray(index++, connection.createArrayOf("text",
                    keys.stream().map(key -> key.cell().category()).toArray()));
            statement.setArray(index++, connection.createArrayOf("text",
                    keys.stream().map(key -> key.cell().department()).toArray()));
            if (effectiveColumn != null) {
                statement.setArray(index++, connection.createArrayOf("date",
                        keys.stream().map(key -> Date.valueOf(key.effectiveDay())).toArray()));
            }
            for (int counter = 0; counter < Counters.ALL.size(); counter++) {
                Integer[] column = new Integer[values.size()];
                for (int row = 0; row < column.length; row++) {
                    column[row] = Math.toIntExact(values.get(row)[counter]);
                }
                statement.setArray(index++, connection.createArrayOf("int4", column));
            }
            return index;
        }
    }
}
