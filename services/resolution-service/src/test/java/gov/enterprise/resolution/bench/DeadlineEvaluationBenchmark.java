package gov.enterprise.resolution.bench;

import gov.enterprise.infra.KafkaBroker;
import gov.enterprise.infra.PostgresServer;
import gov.enterprise.reference.Category;
import gov.enterprise.reference.IndustryCluster;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import gov.enterprise.resolution.MovableClock;
import gov.enterprise.resolution.ResolutionServiceApplication;
import gov.enterprise.resolution.deadline.DeadlineEvaluation;
import gov.enterprise.resolution.handling.TicketRepository;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.Outcome;
import gov.enterprise.resolution.ticket.Routing;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.security.Subject;
import gov.enterprise.security.fixture.UsccFixture;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline evaluation over a million open tickets (issue 5: "the deadline evaluation of 1 million open tickets
 * in under 60 seconds"), in the resolution service as it runs (Spring context, its repository, history and outbox),
 * on an embedded PostgreSQL and Kafka of its own.
 *
 * <p>The tickets are generated straight into the {@code resolution} schema: about 1,300 template tickets are brought
 * to their state by the domain's own transitions (opened on each of the 30 working days before Thursday
 * 24 September 2026, across the categories and so the departments, regions and clusters of the reference data;
 * assigned, accepted, in progress, suspended, resolved awaiting a verdict), evaluated as of that Thursday, stored by
 * the repository, then copied in SQL under new issue ids to the number asked for. Then, with the clock moved:
 * (a) the same Thursday again, nothing to change; (b) a normal day, Monday 28 September, across the Mid-Autumn
 * holiday; (c) a catch-up after 22 working days without evaluation, across the National Day week. Each run prints
 * the tickets open, changed, the events appended, the wall time and the events per second; at the end, the plans
 * of the work-queue queries on the data the runs left.
 *
 * <p>The relay is off by default, so the figures are the evaluation's alone; {@code --relay} runs it and also
 * reports how long it takes to drain the events to Kafka. Each run also prints how many {@code ticket} rows were
 * updated and how many of those updates were HOT (from {@code pg_stat_user_tables}). Options: {@code --tickets=N}
 * (1,000,000), {@code --batch-size=N} (the service's default), {@code --relay}, {@code --fillfactor=N} (the
 * {@code ticket} table's, set before the tickets are generated; default migration V6's). Command: docs/benchmarks.md.
 */
public final class DeadlineEvaluationBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-09-24");
    private static final int ROUTING_DAYS = 30;
    private static final int CATEGORIES = 10;
    /** The domain's idea of time: the first evaluation of the benchmark, Thursday morning in China. */
    private static final Instant START = at(FIRST_DAY, LocalTime.of(8, 0));

    /** A state to generate and its share of the open tickets. */
    private enum Kind {
        ASSIGNED(10), ACCEPTED(15), IN_PROGRESS(50), SUSPENDED(10), RESOLVED(15);

        final int percent;

        Kind(int percent) {
            this.percent = percent;
        }
    }

    private record Options(int tickets, Integer batchSize, boolean relay, Integer fillfactor) {

        static Options parse(String[] args) {
            int tickets = 1_000_000;
            Integer batchSize = null;
            boolean relay = false;
            Integer fillfactor = null;
            for (String arg : args) {
                if (arg.startsWith("--tickets=")) {
                    tickets = Integer.parseInt(arg.substring("--tickets=".length()).replace("_", ""));
                } else if (arg.startsWith("--batch-size=")) {
                    batchSize = Integer.parseInt(arg.substring("--batch-size=".length()));
                } else if (arg.equals("--relay")) {
                    relay = true;
                } else if (arg.startsWith("--fillfactor=")) {
                    fillfactor = Integer.parseInt(arg.substring("--fillfactor=".length()));
                } else {
                    throw new IllegalArgumentException("unknown option " + arg
                            + " (--tickets=N, --batch-size=N, --relay, --fillfactor=N)");
                }
            }
            return new Options(tickets, batchSize, relay, fillfactor);
        }
    }

    /** One measured run. */
    private record Run(String name, LocalDate day, long open, int changed, long events, Duration took,
                       Map<String, Integer> steps, Duration drained, Updates updates) {

        double eventsPerSecond() {
            return took.toNanos() == 0 ? 0 : events * 1e9 / took.toNanos();
        }
    }

    private DeadlineEvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        // the broker and the database start before Spring configures logging: their start-up notices would bury
        // the figures
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        System.out.println("machine: " + machine());
        System.out.println("load average at start: " + loadAverage());
        try (var postgres = PostgresServer.startTemporary(); var kafka = KafkaBroker.startTemporary()) {
            postgres.createDatabase("bench");
            var properties = new HashMap<String, Object>();
            properties.put("spring.datasource.url", postgres.jdbcUrl("bench"));
            properties.put("spring.datasource.username", postgres.username());
            properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
            properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "http://127.0.0.1:9/jwks");
            properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://127.0.0.1:9/bench");
            properties.put("server.port", "0");
            properties.put("resolution.deadlines.evaluation-enabled", "false");
            properties.put("ticketing.messaging.outbox.relay-enabled", String.valueOf(options.relay()));
            properties.put("logging.level.root", "WARN");
            if (options.batchSize() != null) {
                properties.put("resolution.deadlines.evaluation-batch-size", options.batchSize());
            }
            // as command-line arguments: they win over application.yml, as a deployment's settings would
            String[] settings = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            ConfigurableApplicationContext app = new SpringApplicationBuilder(ResolutionServiceApplication.class,
                    Time.class).run(settings);
            try {
                measure(app, options);
            } finally {
                app.close();
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }

    private static void measure(ConfigurableApplicationContext app, Options options) {
        var jdbc = app.getBean(JdbcTemplate.class);
        var clock = app.getBean(MovableClock.class);
        var deadlines = app.getBean(Deadlines.class);
        var evaluation = app.getBean(DeadlineEvaluation.class);

        long generating = System.nanoTime();
        if (options.fillfactor() != null) {
            // before any row is written: only pages written afterwards get it
            jdbc.execute("alter table ticket set (fillfactor = " + options.fillfactor() + ")");
        }
        System.out.println("ticket storage options: " + jdbc.queryForObject("select coalesce(array_to_string("
                + "reloptions, ','), 'defaults') from pg_class where oid = 'ticket'::regclass", String.class));
        List<Ticket> templates = templates(deadlines);
        var repository = app.getBean(TicketRepository.class);
        repository.insertAll(templates);
        copy(jdbc, templates, options.tickets());
        jdbc.execute("vacuum analyze ticket");
        jdbc.execute("vacuum analyze ticket_alarm");
        long open = jdbc.queryForObject("select count(*) from ticket", Long.class);
        System.out.printf(Locale.ROOT, "generated %,d open tickets from %,d templates in %.1f s; %s%n", open,
                templates.size(), (System.nanoTime() - generating) / 1e9, sizes(jdbc));
        System.out.println(jdbc.queryForList("select state, light, escalation_level, count(*) from ticket"
                + " group by 1, 2, 3 order by 1, 2, 3"));

        LocalDate normalDay = deadlines.plusWorkingDays(FIRST_DAY, 1);
        LocalDate catchUpDay = deadlines.plusWorkingDays(normalDay, 22);
        var runs = new ArrayList<Run>();
        runs.add(run("(a) no change", FIRST_DAY, LocalTime.of(9, 0), open, app, clock, evaluation, options));
        runs.add(run("(b) a normal day", normalDay, LocalTime.of(0, 5), open, app, clock, evaluation, options));
        runs.add(run("(c) catch-up of 22 working days", catchUpDay, LocalTime.of(0, 5), open, app, clock,
                evaluation, options));

        System.out.println();
        System.out.printf(Locale.ROOT, "| run | day | tickets evaluated (open) | tickets changed | events appended"
                + " | wall time | events/s |%s%n", options.relay() ? " relay drained after |" : "");
        System.out.printf("|---|---|---|---|---|---|---|%s%n", options.relay() ? "---|" : "");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %.2f s | %,.0f |%s%n", run.name(),
                    run.day(), run.open(), run.changed(), run.events(), run.took().toNanos() / 1e9,
                    run.eventsPerSecond(), options.relay() ? String.format(Locale.ROOT, " %.1f s |",
                            run.drained().toNanos() / 1e9) : "");
        }
        System.out.println();
        for (Run run : runs) {
            System.out.println(run.name() + ": " + run.steps() + "; " + run.updates());
        }
        System.out.println("after the runs: " + sizes(jdbc));
        explainWorkQueues(jdbc);
        System.out.println("load average at end: " + loadAverage());
    }

    /**
     * The work queues' queries (as WorkQueue builds them: scope, default states, sorted by due day, a page of 50
     * plus one; the counts) on the million tickets after the runs, with their plans: each must still be served by
     * an index, not a scan of the table.
     */
    private static void explainWorkQueues(JdbcTemplate jdbc) {
        String states = " and state = any(cast('{ASSIGNED,ACCEPTED,IN_PROGRESS,SUSPENDED,REOPENED,RESOLVED}' as text[]))";
        String page = " order by queue_due, issue_id limit 51";
        String department = jdbc.queryForObject("select department from ticket group by 1 order by count(*) desc"
                + " limit 1", String.class);
        String coDepartment = jdbc.queryForObject("select unnest(co_departments) from ticket group by 1"
                + " order by count(*) desc limit 1", String.class);
        String region = jdbc.queryForObject("select region_code from ticket group by 1 order by count(*) desc"
                + " limit 1", String.class);
        String uscc = jdbc.queryForObject("select uscc from ticket order by issue_id limit 1", String.class);
        var queries = new LinkedHashMap<String, String>();
        queries.put("department " + department + ", first page", "select * from ticket where department = '"
                + department + "'" + states + page);
        queries.put("department " + department + ", a later page", "select * from ticket where department = '"
                + department + "'" + states + " and (queue_due, issue_id) > ('2026-10-20', '')" + page);
        queries.put("co-department " + coDepartment + ", first page", "select * from ticket where co_departments"
                + " @> array[cast('" + coDepartment + "' as text)] and co_departments <> '{}'" + states + page);
        queries.put("region " + region + " and department, first page", "select * from ticket where region_code"
                + " = any(cast('{" + region + "}' as text[])) and department = '" + department + "'" + states + page);
        queries.put("enterprise, first page", "select * from ticket where uscc = '" + uscc + "'" + states + page);
        queries.put("department " + department + ", counts", "select state, active_due is not null as running,"
                + " escalation_level > 0 as escalated, count(*) from ticket where department = '" + department
                + "' group by 1, 2, 3");
        System.out.println();
        System.out.println("work-queue plans on " + jdbc.queryForObject("select count(*) from ticket", Long.class)
                + " tickets:");
        queries.forEach((name, sql) -> {
            System.out.println("-- " + name);
            jdbc.queryForList("explain (analyze, buffers, costs off) " + sql, String.class)
                    .forEach(line -> System.out.println("   " + line));
        });
    }

    private static Run run(String name, LocalDate day, LocalTime time, long open, ConfigurableApplicationContext app,
                           MovableClock clock, DeadlineEvaluation evaluation, Options options) {
        var jdbc = app.getBean(JdbcTemplate.class);
        clock.setTo(day.atTime(time).toString());
        long eventsBefore = eventsAppended(jdbc);
        Updates before = updates(jdbc);
        System.out.printf(Locale.ROOT, "%s: evaluating as of %s, load average %s%n", name, clock.instant(),
                loadAverage());
        DeadlineEvaluation.Result result = evaluation.evaluate();
        long events = eventsAppended(jdbc) - eventsBefore;
        Duration drained = Duration.ZERO;
        if (options.relay()) {
            long waiting = System.nanoTime();
            while (jdbc.queryForObject("select count(*) from outbox_event", Long.class) > 0) {
                sleep(Duration.ofMillis(100));
            }
            drained = Duration.ofNanos(System.nanoTime() - waiting);
        }
        Updates updates = updates(jdbc).since(before);
        var run = new Run(name, day, open, result.total(), events, result.took(), result.changed(), drained,
                updates);
        System.out.printf(Locale.ROOT, "%s: %,d tickets changed, %,d events, %.2f s; %s%n", name, run.changed(),
                run.events(), run.took().toNanos() / 1e9, updates);
        return run;
    }

    /** Row updates of {@code ticket}, and how many of them were HOT (no index entry written). */
    private record Updates(long updated, long hot) {

        Updates since(Updates before) {
            return new Updates(updated - before.updated, hot - before.hot);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ticket rows updated %,d, of them HOT %,d (%.1f%%)", updated, hot,
                    updated == 0 ? 0 : 100.0 * hot / updated);
        }
    }

    /**
     * The statistics' counters of {@code ticket}. Each connection sends its counters when it goes idle, at most once
     * a second and at the latest ten seconds later: the wait lets the pool's connections report theirs.
     */
    private static Updates updates(JdbcTemplate jdbc) {
        sleep(Duration.ofSeconds(11));
        return jdbc.queryForObject("select n_tup_upd, n_tup_hot_upd from pg_stat_user_tables where relid ="
                + " 'ticket'::regclass", (rs, n) -> new Updates(rs.getLong(1), rs.getLong(2)));
    }

    private static String sizes(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select format('ticket %s (indexes %s), ticket_alarm %s (indexes %s)',"
                + " pg_size_pretty(pg_table_size('ticket')), pg_size_pretty(pg_indexes_size('ticket')),"
                + " pg_size_pretty(pg_table_size('ticket_alarm')), pg_size_pretty(pg_indexes_size('ticket_alarm')))",
                String.class);
    }

    /** Events appended so far: the outbox's id sequence (the relay deletes rows as it publishes them). */
    private static long eventsAppended(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select case when is_called then last_value else 0 end from outbox_event_id_seq",
                Long.class);
    }

    // -------------------------------------------------------------------------------------------------- the tickets

    /**
     * Tickets routed on each of the 30 working days before the first day, for ten categories (so their lead and
     * co-departments), in every open state, each brought there by the domain's transitions and evaluated as of the
     * first day's morning: the lights and the ladder already stand where the first evaluation leaves them.
     */
    private static List<Ticket> templates(Deadlines deadlines) {
        ReferenceData reference = ReferenceData.bundled();
        List<Category> categories = reference.categories().stream().limit(CATEGORIES).toList();
        List<Region> counties = reference.regions().stream().filter(r -> r.level() == Region.Level.COUNTY).toList();
        List<IndustryCluster> clusters = List.copyOf(reference.clusters());
        var random = new Random(4242);
        var templates = new ArrayList<Ticket>();
        List<LocalDate> routingDays = routingDays(deadlines);
        int n = 0;
        for (LocalDate routedOn : routingDays) {
            for (Category category : categories) {
                for (Kind kind : Kind.values()) {
                    Region county = counties.get(random.nextInt(counties.size()));
                    String uscc = UsccFixture.code(county.code(), n);
                    var enterprise = new Enterprise(uscc, county.code(),
                            clusters.get(random.nextInt(clusters.size())).code(),
                            random.nextInt(3) == 0 ? "BELOW_SCALE" : "ABOVE_SCALE");
                    Ticket ticket = template("TPL-" + n++, enterprise, category, routedOn, kind, deadlines, random);
                    if (ticket != null) {
                        templates.add(ticket);
                    }
                }
            }
        }
        return templates;
    }

    private static Ticket template(String issueId, Enterprise enterprise, Category category, LocalDate routedOn,
                                   Kind kind, Deadlines deadlines, Random random) {
        var routing = new Routing(category.code(), "NORMAL", category.leadDepartment(), category.coDepartments(),
                deadlines.plusWorkingDays(routedOn, 1), deadlines.plusWorkingDays(routedOn, 15));
        Ticket ticket = Ticket.open(issueId, enterprise, category.nameEn(), "Generated for the deadline benchmark",
                routing, at(routedOn, LocalTime.of(9, 30)), at(routedOn, LocalTime.of(10, 0)), deadlines).ticket();
        Subject officer = Subject.officer(category.leadDepartment());
        int age = deadlines.workingDaysBetween(routedOn, FIRST_DAY);
        if (kind != Kind.ASSIGNED) {
            ticket.accept(officer, at(routedOn, LocalTime.of(15, 0)));
        }
        if (kind.compareTo(Kind.IN_PROGRESS) >= 0) {
            ticket.noteProgress(officer, "Site visit booked", at(routedOn, LocalTime.of(15, 30)));
        }
        switch (kind) {
            case SUSPENDED -> ticket.suspend(officer, "Waits on the provincial plan",
                    deadlines.plusWorkingDays(FIRST_DAY, 1 + random.nextInt(30)), at(routedOn, LocalTime.of(16, 0)));
            case RESOLVED -> {
                // answered recently: the verdict is still awaited on the first day
                if (age > 4) {
                    return null;
                }
                ticket.resolve(officer, Outcome.SOLVED, "Handed over", null, at(routedOn, LocalTime.of(17, 0)));
            }
            default -> {
            }
        }
        ticket.evaluate(START);
        return ticket;
    }

    private static List<LocalDate> routingDays(Deadlines deadlines) {
        var days = new ArrayList<LocalDate>();
        // routed before the first day: every template's actions lie before the first evaluation
        for (LocalDate day = FIRST_DAY.minusDays(1); days.size() < ROUTING_DAYS; day = day.minusDays(1)) {
            if (deadlines.workingDaysBetween(day.minusDays(1), day) == 1) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * Copies each template under new issue ids, so many that each state keeps its share of {@code total}: one
     * statement per template, the copies' ids the template's plus a number.
     */
    private static void copy(JdbcTemplate jdbc, List<Ticket> templates, int total) {
        Map<Kind, Integer> perKind = new HashMap<>();
        Map<String, Kind> kindOf = new HashMap<>();
        for (Ticket ticket : templates) {
            Kind kind = switch (ticket.state()) {
                case ASSIGNED -> Kind.ASSIGNED;
                case ACCEPTED -> Kind.ACCEPTED;
                case SUSPENDED -> Kind.SUSPENDED;
                case RESOLVED -> Kind.RESOLVED;
                default -> Kind.IN_PROGRESS;
            };
            kindOf.put(ticket.issueId(), kind);
            perKind.merge(kind, 1, Integer::sum);
        }
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'ticket' order by ordinal_position",
                String.class);
        String copied = String.join(", ", columns);
        String selected = String.join(", ", columns.stream()
                .map(c -> c.equals("issue_id") ? "t.issue_id || '-' || g" : "t." + c).toList());
        String sql = "insert into ticket (" + copied + ") select " + selected
                + " from ticket t cross join generate_series(1, ?) g where t.issue_id = ?";
        // the copies' alarms, as TicketRepository set the template's
        String alarms = "insert into ticket_alarm (issue_id, due_on) select a.issue_id || '-' || g, a.due_on"
                + " from ticket_alarm a cross join generate_series(1, ?) g where a.issue_id = ?";
        long copiedRows = templates.size();
        long started = System.nanoTime();
        for (int i = 0; i < templates.size(); i++) {
            Ticket template = templates.get(i);
            Kind kind = kindOf.get(template.issueId());
            int copies = (int) Math.round((double) total * kind.percent / 100 / perKind.get(kind)) - 1;
            if (copies > 0) {
                copiedRows += jdbc.update(sql, copies, template.issueId());
                jdbc.update(alarms, copies, template.issueId());
            }
            if (i % 300 == 299) {
                System.out.printf(Locale.ROOT, "  %,d tickets stored (%.0f s)%n", copiedRows,
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- the machine

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (Exception e) {
            // not Linux: the processor's name is only a label
        }
        long memory = os instanceof com.sun.management.OperatingSystemMXBean bean
                ? bean.getTotalMemorySize() / (1024 * 1024 * 1024) : -1;
        return cpu + ", " + os.getAvailableProcessors() + " cores, " + memory + " GiB, " + os.getName() + " "
                + os.getVersion() + ", JDK " + Runtime.version() + ", heap max "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(MovableClock.CHINA).toInstant();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
