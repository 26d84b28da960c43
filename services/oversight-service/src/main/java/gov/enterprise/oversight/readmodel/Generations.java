package gov.enterprise.oversight.readmodel;

import gov.enterprise.persistence.TransactionScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generations of the read models and their schemas. At startup there is always an ACTIVE generation (the first
 * is created empty, and filled by the listeners from the topics' beginning); a rebuild creates the next one beside
 * it, and switching is one update of {@code read_model_generation}.
 *
 * <p>Each generation's tables come from the migrations in {@value #LOCATION}, run by a Flyway of their own in the
 * generation's schema: the live generation gets new migrations at startup like any schema, and a rebuild starts from
 * an empty schema at the newest version.
 */
public final class Generations {

    public static final String LOCATION = "classpath:gov/enterprise/oversight/readmodel/db";
    public static final String HISTORY_TABLE = "read_model_schema_history";

    private static final Logger log = LoggerFactory.getLogger(Generations.class);
    private static final long STARTUP_LOCK = 0x0_5e_7e_1a_71L;

    private final DataSource sessions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String prefix;
    private final Duration activeCacheTtl;

    private final TransactionScoped<List<Generation>> writableNow =
            new TransactionScoped<>(this::readWritable, read -> { });

    private volatile Generation cachedActive;
    private volatile long cachedAt;

    /**
     * @param dataSource the service's pool
     * @param sessions   where the migrations connect: Flyway sets the session's search_path to the generation's
     *                   schema, which behind a transaction pooler would stay with a server connection other clients
     *                   get next
     */
    public Generations(DataSource dataSource, DataSource sessions, TransactionTemplate transactions,
                       Duration activeCacheTtl) {
        this.sessions = sessions;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = transactions;
        this.activeCacheTtl = activeCacheTtl;
        String serviceSchema = jdbc.sql("select current_schema()").query(String.class).single();
        this.prefix = serviceSchema + "_rm";
    }

    /** Makes sure a generation is ACTIVE and that every generation still written to has the newest tables. */
    public void prepare() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(STARTUP_LOCK).query(Object.class).list();
            // this transaction waits, idle, while the migrations run on another connection: a server's timeout for
            // idle transactions must not end it (and with it the startup) when a migration takes long
            jdbc.sql("set local idle_in_transaction_session_timeout = 0").update();
            if (find("where status = 'ACTIVE'").isEmpty()) {
                Generation first = insert(Generation.Status.ACTIVE);
                jdbc.sql("update read_model_generation set activated_at = now() where generation = ?")
                        .param(first.number()).update();
                log.info("Created the first read-model generation in schema {}", first.schema());
            }
            writable().forEach(this::migrate);
        });
    }

    /** The generation that answers queries (read at most every {@code activeCacheTtl}). */
    public Generation active() {
        Generation active = cachedActive;
        if (active == null || System.nanoTime() - cachedAt > activeCacheTtl.toNanos()) {
            active = find("where status = 'ACTIVE'").stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ACTIVE read-model generation"));
            cachedActive = active;
            cachedAt = System.nanoTime();
        }
        return active;
    }

    /**
     * The generations a live event must be applied to: the ACTIVE one, and one being rebuilt once it has caught up
     * with the topics. Read once per transaction (afresh in each): a rebuild relies on every event consumed after it
     * started catching up reaching its generation too. A listener's transaction begins after its poll, so the events
     * of a poll that began before the rebuild's mark were all published before the end offsets the rebuild notes after
     * the mark, and its catch-up applies them.
     */
    public List<Generation> writable() {
        return writableNow.current().orElseGet(this::readWritable);
    }

    private List<Generation> readWritable() {
        return find("where status in ('ACTIVE', 'CATCHING_UP') order by generation");
    }

    public List<Generation> all() {
        return find("order by generation");
    }

    public Optional<Generation> find(int number) {
        return jdbc.sql("select generation, schema_name, status from read_model_generation where generation = ?")
                .param(number).query(Generations::generation).optional();
    }

    /** A new, empty generation for a rebuild, with the newest tables. */
    public Generation createForRebuild() {
        Generation created = transactions.execute(status -> insert(Generation.Status.BUILDING));
        migrate(created);
        return created;
    }

    /**
     * From then on the live listeners write to it too. Only from BUILDING: a rebuild another instance failed as
     * abandoned (its schema dropped) must not come back to life.
     */
    public void markCatchingUp(Generation generation) {
        int marked = jdbc.sql("update read_model_generation set status = 'CATCHING_UP', updated_at = now()"
                + " where generation = ? and status = 'BUILDING'").param(generation.number()).update();
        cachedActive = null;
        if (marked == 0) {
            throw new IllegalStateException(noLonger(generation, "BUILDING"));
        }
    }

    /**
     * The switch: the rebuilt generation answers from now on, the one before it retires. Only from CATCHING_UP, in
     * one transaction: a generation failed meanwhile (its schema dropped) never becomes the answering one, and the
     * one answering then keeps answering.
     */
    public Generation activate(Generation generation) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update read_model_generation set status = 'RETIRED', retired_at = now(), updated_at = now()"
                    + " where status = 'ACTIVE'").update();
            int activated = jdbc.sql("update read_model_generation set status = 'ACTIVE', activated_at = now(),"
                    + " updated_at = now() where generation = ? and status = 'CATCHING_UP'")
                    .param(generation.number()).update();
            if (activated == 0) {
                throw new IllegalStateException(noLonger(generation, "CATCHING_UP"));
            }
        });
        cachedActive = null;
        return new Generation(generation.number(), generation.schema(), Generation.Status.ACTIVE);
    }

    /**
     * Fails, each in one statement that checks and changes it, the rebuilds that have not reported since
     * {@code silentFor}: a rebuild that reports, switches over or is failed by another instance meanwhile is left
     * as it is. Drops their schemas; returns those this call failed.
     */
    public List<Generation> failSilent(Duration silentFor, String reason) {
        List<Generation> failed = jdbc.sql("update read_model_generation set status = 'FAILED', detail = ?,"
                        + " updated_at = now() where status in ('BUILDING', 'CATCHING_UP')"
                        + " and updated_at < now() - make_interval(secs => ?)"
                        + " returning generation, schema_name, status")
                .param(reason).param((double) silentFor.toSeconds()).query(Generations::generation).list();
        cachedActive = null;
        failed.forEach(this::dropSchema);
        return failed;
    }

    private static String noLonger(Generation generation, String status) {
        return "generation " + generation.number() + " is no longer " + status
                + " (failed as abandoned by another instance?)";
    }

    /** A rebuild that failed: its generation marked so, with the reason, and its schema dropped. */
    public void fail(Generation generation, String reason) {
        jdbc.sql("update read_model_generation set status = 'FAILED', detail = ?, updated_at = now()"
                + " where generation = ?").param(reason).param(generation.number()).update();
        dropSchema(generation);
    }

    private void dropSchema(Generation generation) {
        jdbc.sql("drop schema if exists " + generation.schema() + " cascade").update();
    }

    /** Drops the schemas of generations that no longer answer, except the most recently retired one. */
    public void dropStale() {
        List<Generation> retired = find("where status in ('RETIRED', 'FAILED') order by generation desc");
        boolean keptOne = false;
        for (Generation generation : retired) {
            if (generation.status() == Generation.Status.RETIRED && !keptOne) {
                keptOne = true;
                continue;
            }
            dropSchema(generation);
            setStatus(generation, Generation.Status.DROPPED);
            log.info("Dropped read-model generation {} (schema {})", generation.number(), generation.schema());
        }
    }

    public void recordProgress(Generation generation, long eventsRead) {
        jdbc.sql("update read_model_generation set events_read = ?, updated_at = now() where generation = ?")
                .param(eventsRead).param(generation.number()).update();
    }

    public void recordBulk(Generation generation, long events, double seconds) {
        jdbc.sql("update read_model_generation set bulk_events = ?, bulk_seconds = ?, updated_at = now()"
                + " where generation = ?").param(events).param(seconds).param(generation.number()).update();
    }

    public void recordCatchUp(Generation generation, long events, double seconds) {
        jdbc.sql("update read_model_generation set catch_up_events = ?, catch_up_seconds = ?, updated_at = now()"
                + " where generation = ?").param(events).param(seconds).param(generation.number()).update();
    }

    /** What an operator sees of a generation, with the bulk load's speed. */
    public record Report(int generation, String schema, String status, OffsetDateTime createdAt,
                         OffsetDateTime activatedAt, OffsetDateTime retiredAt, long eventsRead, Long bulkEvents,
                         Double bulkSeconds, Double bulkEventsPerSecond, Long catchUpEvents, Double catchUpSeconds,
                         String detail) {
    }

    public List<Report> reports() {
        return jdbc.sql("select generation, schema_name, status, created_at, activated_at, retired_at, events_read,"
                        + " bulk_events, bulk_seconds, catch_up_events, catch_up_seconds, detail"
                        + " from read_model_generation order by generation")
                .query((rs, n) -> {
                    Long bulkEvents = rs.getObject(8, Long.class);
                    Double bulkSeconds = rs.getObject(9, Double.class);
                    Double perSecond = bulkEvents == null || bulkSeconds == null || bulkSeconds == 0 ? null
                            : Math.round(bulkEvents / bulkSeconds * 10) / 10.0;
                    return new Report(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                            rs.getObject(6, OffsetDateTime.class), rs.getLong(7), bulkEvents, bulkSeconds, perSecond,
                            rs.getObject(10, Long.class), rs.getObject(11, Double.class), rs.getString(12));
                })
                .list();
    }

    private void setStatus(Generation generation, Generation.Status status) {
        jdbc.sql("update read_model_generation set status = ?, updated_at = now() where generation = ?")
                .param(status.name()).param(generation.number()).update();
        cachedActive = null;
    }

    private Generation insert(Generation.Status status) {
        int number = jdbc.sql("select coalesce(max(generation), 0) + 1 from read_model_generation")
                .query(Integer.class).single();
        var generation = new Generation(number, prefix + number, status);
        jdbc.sql("insert into read_model_generation (generation, schema_name, status) values (?, ?, ?)")
                .param(number).param(generation.schema()).param(status.name()).update();
        return generation;
    }

    private void migrate(Generation generation) {
        Flyway.configure(Generations.class.getClassLoader())
                .dataSource(sessions)
                .schemas(generation.schema())
                .defaultSchema(generation.schema())
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .load()
                .migrate();
    }

    private List<Generation> find(String condition) {
        return jdbc.sql("select generation, schema_name, status from read_model_generation " + condition)
                .query(Generations::generation).list();
    }

    private static Generation generation(ResultSet rs, int row) throws SQLException {
        return new Generation(rs.getInt(1), rs.getString(2), Generation.Status.valueOf(rs.getString(3)));
    }
}
