package gov.enterprise.oversight.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.infra.PostgresServer;
import gov.enterprise.oversight.access.OversightAccess;
import gov.enterprise.oversight.access.Scope;
import gov.enterprise.oversight.config.OversightProperties;
import gov.enterprise.oversight.figure.Counter;
import gov.enterprise.oversight.figure.Counters;
import gov.enterprise.oversight.query.Dimension;
import gov.enterprise.oversight.query.FigureQueries;
import gov.enterprise.oversight.query.OverdueQueries;
import gov.enterprise.oversight.query.OversightFigures;
import gov.enterprise.oversight.query.OversightFigures.Request;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.readmodel.Generations;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.security.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary and breakdown queries over ten million issues (issue 6): an embedded PostgreSQL with the service's
 * migrations, the read models of one generation filled directly in SQL (issues, the daily and monthly cube, the
 * enterprises' visit days, then the aggregates summed from them as the read-model migration does), then
 * {@link OversightFigures} (what the controller calls) timed query by query.
 *
 * <p>Settings (system properties): {@code bench.issues} (10,000,000), {@code bench.enterprises} (200,000),
 * {@code bench.iterations} (200 per query, after {@code bench.warmup} 30, both cut short after {@code bench.seconds}
 * 60 per query but never below ten timed runs), {@code bench.data} (a directory to keep
 * the database in: generated once, reused by later runs with the same number of issues).
 */
public final class OversightQueryBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The last day of the generated data and the benchmark's "today": two years of report days end here. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final int DAYS = 730;
    private static final String DATABASE = "oversight_bench";

    private OversightQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long issues = Long.getLong("bench.issues", 10_000_000L);
        int enterprises = Integer.getInteger("bench.enterprises", 200_000);
        int iterations = Integer.getInteger("bench.iterations", 200);
        int warmup = Integer.getInteger("bench.warmup", 30);
        String dataDirectory = System.getProperty("bench.data");
        Duration budget = Duration.ofSeconds(Long.getLong("bench.seconds", 60));

        System.out.printf(Locale.ROOT, "machine: %d cores, load average %s, JDK %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version());
        try (PostgresServer postgres = dataDirectory == null ? PostgresServer.startTemporary()
                : PostgresServer.start(Path.of(dataDirectory), 0)) {
            postgres.createDatabase(DATABASE);
            try (HikariDataSource dataSource = dataSource(postgres)) {
                Flyway.configure().dataSource(dataSource).schemas("oversight").defaultSchema("oversight")
                        .createSchemas(true).locations("classpath:db/migration").load().migrate();
                var generations = new Generations(dataSource, dataSource,
                        new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Duration.ofSeconds(1));
                // on a database generated before the newest read-model migration, this is where it is applied and
                // back-fills its tables
                long preparing = System.nanoTime();
                generations.prepare();
                System.out.printf(Locale.ROOT, "read-model migrations checked or applied in %.1f s%n",
                        (System.nanoTime() - preparing) / 1e9);
                Generation generation = generations.active();
                // a connection of its own: the generator changes its session settings
                try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE),
                        postgres.username(), "")) {
                    var generator = new ReadModelGenerator(connection, generation, TODAY, DAYS, issues, enterprises);
                    generator.fillUnlessFilled();
                    generator.printSizes();
                }
                System.out.printf(Locale.ROOT, "load average before timing: %s%n", loadAverage());
                run(dataSource, generations, warmup, iterations, budget);
                System.out.printf(Locale.ROOT, "load average after timing: %s%n", loadAverage());
            }
        }
    }

    /** Fewer samples than this say nothing about a p99; more than the time budget allows are not taken. */
    private static final int MINIMUM_SAMPLES = 10;

    private static void run(DataSource dataSource, Generations generations, int warmup, int iterations,
                            Duration budget) {
        var reference = ReferenceData.bundled();
        var properties = new OversightProperties(ZONE, "331000", Duration.ofSeconds(1), 1000, 5, 400,
                Duration.ofSeconds(1), 20000, Duration.ofSeconds(30), null);
        var jdbc = new NamedParameterJdbcTemplate(dataSource);
        Clock clock = Clock.fixed(TODAY.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);
        var figures = new OversightFigures(generations, new FigureQueries(dataSource), new OverdueQueries(jdbc),
                reference, WorkingDayCalendar.bundled(), clock, properties);
        var access = new OversightAccess(reference, properties);

        Scope admin = access.scope(Subject.admin(), null, null);
        Scope cityLeader = access.scope(Subject.leader("331000"), null, null);
        Scope wenling = access.scope(Subject.leader("331000"), "331081", null);
        Scope head = access.scope(Subject.head("NRP"), null, null);
        Request all = new Request(null, null, null, null, null, null, null);
        Request quarter = new Request(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null, null, null, null,
                null);
        Request days = new Request(LocalDate.of(2025, 3, 15), LocalDate.of(2026, 6, 20), null, null, null, null,
                null);
        Request wenlingRequest = new Request(null, null, null, "331081", null, null, null);
        Request cluster = new Request(null, null, null, null, "AUTO", null, null);
        Request category = new Request(null, null, null, null, null, "LAND", null);
        Request asOfMidMonth = new Request(null, null, LocalDate.of(2026, 6, 17), null, null, null, null);
        Request asOfQuarterEnd = new Request(null, null, LocalDate.of(2026, 3, 31), null, null, null, null);

        var cases = new ArrayList<Case>();
        cases.add(new Case("summary, no filter (administrator)", () -> figures.summary(admin, all)));
        cases.add(new Case("summary, city leader (all regions)", () -> figures.summary(cityLeader, all)));
        cases.add(new Case("summary, period 2026-Q2 (whole months)", () -> figures.summary(cityLeader, quarter)));
        cases.add(new Case("summary, period 2025-03-15..2026-06-20", () -> figures.summary(cityLeader, days)));
        cases.add(new Case("summary, region 331081 with sub-regions", () -> figures.summary(wenling, wenlingRequest)));
        cases.add(new Case("summary, cluster AUTO", () -> figures.summary(cityLeader, cluster)));
        cases.add(new Case("summary, category LAND", () -> figures.summary(cityLeader, category)));
        cases.add(new Case("summary, department NRP (its head)", () -> figures.summary(head, all)));
        cases.add(new Case("summary, asOf 2026-06-17", () -> figures.summary(cityLeader, asOfMidMonth)));
        cases.add(new Case("summary, asOf 2026-03-31 (quarter end)", () -> figures.summary(cityLeader,
                asOfQuarterEnd)));
        for (Dimension by : Dimension.values()) {
            String name = by.column();
            cases.add(new Case("breakdown by " + name, () -> figures.breakdown(cityLeader, all, by)));
        }
        cases.add(new Case("breakdown by department, period 2025-03-15..2026-06-20",
                () -> figures.breakdown(cityLeader, days, Dimension.DEPARTMENT)));
        cases.add(new Case("breakdown by region, asOf 2026-06-17",
                () -> figures.breakdown(cityLeader, asOfMidMonth, Dimension.REGION)));
        // visits of a period inside one month that starts mid-month: the corner read visit day by visit day
        cases.add(new Case("summary, period 2026-06-10..2026-06-20", () -> figures.summary(cityLeader,
                new Request(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20), null, null, null, null, null))));

        System.out.printf(Locale.ROOT, "%nper query: warm-up %d, then %d timed runs one after another (at least %d,"
                + " stopping after %d s)%n%n", warmup, iterations, MINIMUM_SAMPLES, budget.toSeconds());
        System.out.printf(Locale.ROOT, "| %-56s | %6s | %8s | %8s | %8s | %s |%n", "query (target p99 < 50 ms)",
                "runs", "p50 ms", "p99 ms", "max ms", "verdict");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%s|%n", "-".repeat(58), "-".repeat(8), "-".repeat(10),
                "-".repeat(10), "-".repeat(10), "-".repeat(9));
        int missed = 0;
        for (Case query : cases) {
            long warmupDeadline = System.nanoTime() + budget.toNanos();
            for (int i = 0; i < warmup && (i < 1 || System.nanoTime() < warmupDeadline); i++) {
                query.run().get();
            }
            long[] nanos = new long[iterations];
            int done = 0;
            long deadline = System.nanoTime() + budget.toNanos();
            while (done < iterations && (done < MINIMUM_SAMPLES || System.nanoTime() < deadline)) {
                long start = System.nanoTime();
                query.run().get();
                nanos[done++] = System.nanoTime() - start;
            }
            nanos = Arrays.copyOf(nanos, done);
            Arrays.sort(nanos);
            double p99 = millis(percentile(nanos, 0.99));
            boolean met = p99 < 50;
            missed += met ? 0 : 1;
            System.out.printf(Locale.ROOT, "| %-56s | %6d | %8.1f | %8.1f | %8.1f | %-7s |%n", query.name(),
                    done, millis(percentile(nanos, 0.50)), p99, millis(nanos[nanos.length - 1]), met ? "met"
                            : "missed");
        }
        System.out.printf(Locale.ROOT, "%n%d of %d queries within p99 < 50 ms%n", cases.size() - missed,
                cases.size());
    }

    private record Case(String name, Supplier<Object> run) {
    }

    private static long percentile(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static HikariDataSource dataSource(PostgresServer postgres) {
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl(DATABASE));
        config.setUsername(postgres.username());
        config.setPassword("");
        config.setSchema("oversight");
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }

    /**
     * Fills one generation's tables the way the projection would have after two years of a busy city: issues spread
     * over every day, Taizhou's city and nine counties, the clusters, the categories with their lead (sometimes a
     * co-) department, each issue with a life (accepted, resolved, closed with a verdict, some overdue on the way,
     * some rejected, the recent ones still open), and the cube holding each of those steps on the day it happened.
     */
    static final class ReadModelGenerator {

        private final Connection connection;
        private final Generation generation;
        private final LocalDate today;
        private final int days;
        private final long issues;
        private final int enterprises;

        ReadModelGenerator(Connection connection, Generation generation, LocalDate today, int days, long issues,
                           int enterprises) {
            this.connection = connection;
            this.generation = generation;
            this.today = today;
            this.days = days;
            this.issues = issues;
            this.enterprises = enterprises;
        }

        void fillUnlessFilled() throws SQLException {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set search_path = " + generation.schema() + ", public");
                statement.execute("set synchronous_commit = off");
                statement.execute("set work_mem = '256MB'");
                statement.execute("set maintenance_work_mem = '1GB'");
                try (var rows = statement.executeQuery("select count(*) from issue")) {
                    rows.next();
                    long present = rows.getLong(1);
                    if (present == issues) {
                        System.out.printf(Locale.ROOT, "read models already hold %,d issues: reused%n", present);
                        return;
                    }
                    if (present != 0) {
                        throw new IllegalStateException("the benchmark database holds " + present
                                + " issues, not " + issues + ": give another bench.data directory");
                    }
                }
                long started = System.nanoTime();
                for (String sql : functions()) {
                    statement.execute(sql);
                }
                LocalDate first = today.minusDays(days - 1);
                long generated = 0;
                for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(today); month = month.plusMonths(1)) {
                    LocalDate from = month.isBefore(first) ? first : month;
                    LocalDate to = month.plusMonths(1).minusDays(1).isAfter(today) ? today
                            : month.plusMonths(1).minusDays(1);
                    long count = issues * (to.toEpochDay() - from.toEpochDay() + 1) / days;
                    if (!month.plusMonths(1).isBefore(today.withDayOfMonth(1).plusMonths(1))) {
                        count = issues - generated;    // the last month takes the rounding
                    }
                    long monthStarted = System.nanoTime();
                    fillMonth(statement, from, to, generated, count);
                    generated += count;
                    System.out.printf(Locale.ROOT, "  %s: %,d issues (%.1f s; %,d so far)%n", month, count,
                            (System.nanoTime() - monthStarted) / 1e9, generated);
                }
                long visitsStarted = System.nanoTime();
                statement.execute(visitDays(first));
                System.out.printf(Locale.ROOT, "  enterprise visit days (%.1f s)%n",
                        (System.nanoTime() - visitsStarted) / 1e9);
                // the aggregates, summed by the functions the read-model migrations back-fill with
                long aggregatesStarted = System.nanoTime();
                statement.execute("select fill_issue_delta_effective_day()");
                statement.execute("select fill_issue_cell_month()");
                statement.execute("select fill_visit_aggregates()");
                System.out.printf(Locale.ROOT, "  aggregates (%.1f s)%n",
                        (System.nanoTime() - aggregatesStarted) / 1e9);
                statement.execute("analyze");
                System.out.printf(Locale.ROOT, "generated %,d issues in %.1f s%n", issues,
                        (System.nanoTime() - started) / 1e9);
            }
        }

        void printSizes() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("issue", "issue_delta_day", "issue_delta_month", "issue_cell_day",
                        "issue_delta_effective_day", "issue_cell_month", "enterprise_visit_day", "visit_month",
                        "visit_day_prev_month", "visit_prev_day_month")) {
                    try (var rows = statement.executeQuery("select count(*), pg_size_pretty(pg_total_relation_size('"
                            + generation.table(table) + "')) from " + generation.table(table))) {
                        rows.next();
                        System.out.printf(Locale.ROOT, "  %-26s %,14d rows %10s%n", table, rows.getLong(1),
                                rows.getString(2));
                    }
                }
            }
        }

        /**
         * An enterprise's region and cluster follow from its number, so that its issues and visits agree; the
         * weights are skewed (the big counties and clusters first), as in the real city.
         */
        private static List<String> functions() {
            return List.of("""
                    create or replace function public.bench_pick(n bigint, salt bigint, options text[], skew float8)
                    returns text language sql immutable as $$
                      select options[1 + floor(power(((n * 2654435761 + salt) % 1000003) / 1000003.0, skew)
                                                     * array_length(options, 1))::int]
                    $$""", """
                    create or replace function public.bench_region(e bigint) returns text language sql immutable as $$
                      select bench_pick(e, 17, array['331081', '331082', '331002', '331004', '331003', '331083',
                                                     '331023', '331024', '331022', '331000'], 1.6)
                    $$""", """
                    create or replace function public.bench_cluster(e bigint) returns text language sql immutable as $$
                      select bench_pick(e, 91, array['AUTO', 'MOULD', 'SANITARY', 'PUMP', 'PHARMA', 'SEWING',
                                                     'OTHER', 'AVIATION'], 1.4)
                    $$""", """
                    create or replace function public.bench_uscc(e bigint) returns text language sql immutable as $$
                      select '913310' || lpad(e::text, 12, '0')
                    $$""");
        }

        /**
         * One month of issues: their facts drawn in a temporary table, written as issue rows, and their steps
         * summed into the daily cube; the monthly cube and the current cells are then summed from the daily rows of
         * the month, as the projection's three tables always agree.
         */
        private void fillMonth(Statement statement, LocalDate from, LocalDate to, long offset, long count)
                throws SQLException {
            long span = to.toEpochDay() - from.toEpochDay() + 1;
            statement.execute("drop table if exists bench_month");
            statement.execute(String.format(Locale.ROOT, """
                    create temporary table bench_month as
                    with drawn as (
                      select n, e,
                             date '%1$s' + floor(random() * %2$d)::int as report_day,
                             bench_region(e) as region, bench_cluster(e) as cluster,
                             bench_pick(n, 7, array['LAND', 'FUND', 'FINANCE', 'APPROVAL', 'LABOUR', 'TALENT',
                                 'ENERGY', 'CONSTRUCTION', 'ENVIRONMENT', 'TAX', 'INFRA', 'TECH', 'MARKET', 'SAFETY',
                                 'QUALITY', 'RESTRUCTURE', 'LEGAL', 'OTHER'], 1.8) as category,
                             random() as fate, random() as route, random() as verdict, random() as speed,
                             1 + floor(random() * 4)::int as accept_lag
                      from (select n, 1 + floor(random() * %3$d)::bigint as e
                            from generate_series(%4$d, %5$d) n) numbered
                    ), routed as (
                      select d.*,
                             case when route < 0.015 then ''
                                  when d.category = 'OTHER' then bench_pick(n, 3, array['CTY', 'EIT', 'DRC', 'COM',
                                      'SAMR', 'ASC'], 1.2)
                                  when route > 0.94 and co.department is not null then co.department
                                  else lead.department end as department,
                             accept_lag + 1 + floor(power(speed, 2.2) * 45)::int as resolve_lag
                      from drawn d
                      join (values ('LAND', 'NRP'), ('FUND', 'FBU'), ('FINANCE', 'FIN'), ('TALENT', 'TAL'),
                                   ('LABOUR', 'HRS'), ('APPROVAL', 'ASC'), ('CONSTRUCTION', 'HCD'),
                                   ('ENVIRONMENT', 'ENV'), ('ENERGY', 'DRC'), ('SAFETY', 'EMG'), ('TAX', 'TAX'),
                                   ('INFRA', 'CTY'), ('TECH', 'SCI'), ('MARKET', 'COM'), ('QUALITY', 'SAMR'),
                                   ('RESTRUCTURE', 'EIT'), ('LEGAL', 'JUS'), ('OTHER', '')) lead(category, department)
                        on lead.category = d.category
                      left join (values ('LAND', 'INV'), ('FUND', 'EIT'), ('TALENT', 'HRS'), ('APPROVAL', 'DRC'),
                                        ('ENERGY', 'PWR'), ('INFRA', 'TRN')) co(category, department)
                        on co.category = d.category
                    )
                    select n, e, report_day, region, cluster, category, department,
                           -- 2%% rejected by triage, 1.5%% waiting there, 4%% handled but never resolved (long-term)
                           fate < 0.02 as rejected,
                           department = '' as waiting,
                           report_day + accept_lag as handled_day,
                           case when fate >= 0.06 then report_day + resolve_lag end as resolved_day,
                           case when fate >= 0.06 then report_day + resolve_lag + 1 + floor(verdict * 7)::int
                                end as closed_day,
                           report_day + 28 as resolve_due,
                           resolve_lag > 28 or fate between 0.02 and 0.06 as late,
                           case when verdict < 0.70 then 'SOLVED' when verdict < 0.90 then 'EXPLAINED'
                                else 'PLANNED' end as outcome,
                           case when resolve_lag > 28 then 'OVERDUE'
                                when speed > 0.6 and resolve_lag > 20 then 'ON_TIME_EXTENDED'
                                else 'ON_TIME' end as timeliness,
                           case when verdict < 0.85 then 'SATISFIED' when verdict < 0.96 then 'BASICALLY_SATISFIED'
                                else 'DISSATISFIED' end as satisfaction,
                           verdict < 0.15 as closed_by_default,
                           greatest(1, (resolve_lag - accept_lag) * 5 / 7) as working_days
                    from routed""", from, span, enterprises, offset + 1, offset + count));
            // facts dated after today have not happened yet
            statement.execute(String.format(Locale.ROOT, """
                    update bench_month set
                      handled_day = case when rejected or waiting or handled_day > date '%1$s' then null
                                         else handled_day end,
                      resolved_day = case when rejected or waiting or resolved_day > date '%1$s' then null
                                          else resolved_day end,
                      closed_day = case when rejected or waiting or closed_day > date '%1$s' then null
                                        else closed_day end""", today));
            statement.execute(String.format(Locale.ROOT, """
                    insert into issue (issue_id, reported_at, report_day, title, channel, uscc, region, cluster,
                        enterprise_at, routed_category, routed_department, routed_at, rejected_at, ticket_version,
                        ticket_state, light, ticket_department, ticket_category, outcome, escalation_level,
                        accept_due, resolve_due, extended, reopen_count, ticket_reported_at, ticket_at, closed_at,
                        timeliness, satisfaction, closed_by_default, working_days_to_resolve, status, category,
                        department, overdue, overdue_since)
                    select 'bench-' || lpad(n::text, 9, '0'), report_day + time '09:30', report_day,
                           '企业反映' || category || '问题 ' || n, 'VISIT', bench_uscc(e), region, cluster,
                           report_day + time '09:00', nullif(category, ''), nullif(department, ''),
                           case when not waiting then report_day + time '09:31' end,
                           case when rejected then report_day + time '16:00' end,
                           case when rejected or waiting then null else 3 + (resolved_day is not null)::int * 2
                                + (closed_day is not null)::int end,
                           state,
                           case when state is null then null when open and late_now then 'RED' else 'GREEN' end,
                           nullif(department, ''), nullif(category, ''),
                           case when resolved_day is not null then outcome end,
                           case when open and late_now then 1 else 0 end,
                           case when state is not null then report_day + 3 end,
                           case when state is not null then resolve_due end,
                           timeliness = 'ON_TIME_EXTENDED', 0, report_day + time '09:31',
                           coalesce(closed_day, resolved_day, handled_day, report_day) + time '11:00',
                           case when closed_day is not null then closed_day + time '11:00' end,
                           case when closed_day is not null then timeliness end,
                           case when closed_day is not null then satisfaction end,
                           case when closed_day is not null then closed_by_default end,
                           case when closed_day is not null then working_days end,
                           case when rejected then 'REJECTED' when waiting then 'TRIAGE' else state end,
                           category, department, open and late_now,
                           case when open and late_now then resolve_due + 1 + time '00:00' end
                    from (select m.*,
                                 case when rejected or waiting then null
                                      when closed_day is not null then 'CLOSED'
                                      when resolved_day is not null then 'RESOLVED'
                                      when handled_day is not null then 'IN_PROGRESS'
                                      else 'ASSIGNED' end as state,
                                 not rejected and not waiting and resolved_day is null as open,
                                 resolve_due < date '%1$s' as late_now
                          from bench_month m) facts""", today));
            statement.execute(String.format(Locale.ROOT, """
                    insert into issue_delta_day (report_day, region, cluster, category, department, effective_day,
                        collected, handled, resolved, solved, pending, rejected, overdue, closed, closed_on_time,
                        closed_on_time_extended, closed_overdue, satisfied, basically_satisfied, dissatisfied,
                        closed_by_default, working_days_to_resolve)
                    select report_day, region, cluster, category, department, step_day,
                           sum(c[1]), sum(c[2]), sum(c[3]), sum(c[4]), sum(c[5]), sum(c[6]), sum(c[7]), sum(c[8]),
                           sum(c[9]), sum(c[10]), sum(c[11]), sum(c[12]), sum(c[13]), sum(c[14]), sum(c[15]),
                           sum(c[16])
                    from bench_month m
                    cross join lateral (values
                      -- reported: collected and pending
                      (report_day, array[1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0]),
                      -- refused by triage the next day
                      (case when rejected then report_day + 1 end, array[0,0,0,0,-1,1,0,0,0,0,0,0,0,0,0,0]),
                      -- accepted
                      (handled_day, array[0,1,0,0,-1,0,0,0,0,0,0,0,0,0,0,0]),
                      -- the light turns red the day after the deadline, while the ticket is open
                      (case when late and not rejected and not waiting and resolve_due < date '%1$s'
                                 and (resolved_day is null or resolved_day > resolve_due + 1)
                            then resolve_due + 1 end, array[0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0]),
                      -- resolved: no longer overdue
                      (resolved_day, array[0,0,1,(outcome = 'SOLVED')::int,0,0,
                                           -(late and resolved_day > resolve_due + 1)::int,0,0,0,0,0,0,0,0,0]),
                      -- closed with the enterprise's verdict
                      (closed_day, array[0,0,0,0,0,0,0,1,(timeliness = 'ON_TIME')::int,
                                         (timeliness = 'ON_TIME_EXTENDED')::int, (timeliness = 'OVERDUE')::int,
                                         (satisfaction = 'SATISFIED')::int,
                                         (satisfaction = 'BASICALLY_SATISFIED')::int,
                                         (satisfaction = 'DISSATISFIED')::int, closed_by_default::int,
                                         working_days])
                    ) step(step_day, c)
                    where step_day is not null
                    group by 1, 2, 3, 4, 5, 6""", today));
            statement.execute(String.format(Locale.ROOT, """
                    insert into issue_delta_month (report_month, region, cluster, category, department,
                        effective_month, %1$s)
                    select date_trunc('month', report_day)::date, region, cluster, category, department,
                           date_trunc('month', effective_day)::date, %2$s
                    from issue_delta_day where report_day between date '%3$s' and date '%4$s'
                    group by 1, 2, 3, 4, 5, 6
                    on conflict (report_month, region, cluster, category, department, effective_month) do update set
                    %5$s""", counterColumns(), counterSums(), from, to, counterAdds()));
            statement.execute(String.format(Locale.ROOT, """
                    insert into issue_cell_day (report_day, region, cluster, category, department, %1$s)
                    select report_day, region, cluster, category, department, %2$s
                    from issue_delta_day where report_day between date '%3$s' and date '%4$s'
                    group by 1, 2, 3, 4, 5""", counterColumns(), counterSums(), from, to));
            statement.execute("drop table bench_month");
        }

        /**
         * Each enterprise is visited on some days of the two years (about one visit per issue, a few enterprises
         * often), with the day of its previous visit, as {@code VisitProjection} keeps them.
         */
        private String visitDays(LocalDate first) {
            long perEnterprise = Math.max(1, issues * 2 / enterprises);
            return String.format(Locale.ROOT, """
                    insert into enterprise_visit_day (uscc, visit_day, region, cluster, prev_day, visits)
                    select bench_uscc(e), visit_day, bench_region(e), bench_cluster(e),
                           lag(visit_day) over (partition by e order by visit_day), visits
                    from (select e, date '%1$s' + floor(random() * %2$d)::int as visit_day, count(*) as visits
                          from (select e, floor(power(random(), 1.5) * %3$d)::int as planned
                                from generate_series(1, %4$d) e) enterprise
                          cross join lateral generate_series(1, planned) visit
                          group by 1, 2) days""", first, days, perEnterprise, enterprises);
        }

        private static String counterColumns() {
            return String.join(", ", COUNTERS);
        }

        private static String counterSums() {
            return String.join(", ", COUNTERS.stream().map(c -> "sum(" + c + ")").toList());
        }

        private static String counterAdds() {
            return String.join(", ", COUNTERS.stream().map(c -> c + " = " + "issue_delta_month." + c
                    + " + excluded." + c).toList());
        }

        private static final List<String> COUNTERS = Counters.ALL.stream().map(Counter::column).toList();
    }
}
