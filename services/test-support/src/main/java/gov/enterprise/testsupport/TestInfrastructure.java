package gov.enterprise.testsupport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import gov.enterprise.infra.KafkaBroker;
import gov.enterprise.infra.PostgresServer;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The servers one test JVM shares: a Kafka broker, a PostgreSQL (embedded, or the one named by {@code TEST_PG_URL})
 * and the test token issuer. Started on first use, stopped by a JVM shutdown hook, never by a test: the Spring
 * contexts using them close first.
 */
public final class TestInfrastructure {

    /** Environment variable naming an existing PostgreSQL to use instead of the embedded one. */
    public static final String TEST_PG_URL = "TEST_PG_URL";

    private static final Duration KAFKA_SHUTDOWN_WAIT = Duration.ofSeconds(10);
    private static final Object LOCK = new Object();
    private static TestInfrastructure shared;
    private static RuntimeException startFailure;

    private final KafkaBroker kafka;
    private final PostgresServer embeddedPostgres;
    private final TestDatabases databases;
    private final Duration startTime;

    private TestInfrastructure(KafkaBroker kafka, PostgresServer embeddedPostgres, TestDatabases databases,
            Duration startTime) {
        this.kafka = kafka;
        this.embeddedPostgres = embeddedPostgres;
        this.databases = databases;
        this.startTime = startTime;
    }

    /**
     * The infrastructure of this JVM, started by the first caller (a few seconds). A failed start is remembered, so
     * later test classes fail at once with the same cause instead of trying again.
     */
    public static TestInfrastructure shared() {
        synchronized (LOCK) {
            if (startFailure != null) {
                throw startFailure;
            }
            if (shared == null) {
                try {
                    shared = start();
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-infrastructure-shutdown"));
            }
            return shared;
        }
    }

    private static TestInfrastructure start() {
        quietServerLoggers();
        long started = System.nanoTime();
        String externalPostgres = System.getenv(TEST_PG_URL);
        // independent servers: start them side by side
        var kafka = CompletableFuture.supplyAsync(KafkaBroker::startTemporary);
        var postgres = externalPostgres == null || externalPostgres.isBlank()
                ? CompletableFuture.supplyAsync(PostgresServer::startTemporary)
                : CompletableFuture.<PostgresServer>completedFuture(null);
        try {
            CompletableFuture.allOf(kafka, postgres).join();
        } catch (CompletionException e) {
            kafka.thenAccept(KafkaBroker::close);
            postgres.thenAccept(server -> {
                if (server != null) {
                    server.close();
                }
            });
            throw new IllegalStateException("Could not start the test infrastructure", e.getCause());
        }
        PostgresServer embedded = postgres.join();
        TestDatabases databases = embedded != null
                ? TestDatabases.in(embedded)
                : TestDatabases.at(externalPostgres);
        var infrastructure = new TestInfrastructure(kafka.join(), embedded, databases,
                Duration.ofNanos(System.nanoTime() - started));
        System.out.printf("Test infrastructure: Kafka %s, PostgreSQL %s, started in %d ms%n",
                infrastructure.bootstrapServers(), databases, infrastructure.startTime.toMillis());
        return infrastructure;
    }

    /**
     * Inside a Spring test, {@link QuietInfrastructureLogging} has already set these; a test without Spring would
     * otherwise get Logback's unconfigured default, DEBUG for everything. A level configured explicitly wins.
     */
    private static void quietServerLoggers() {
        LoggingSystem logging = LoggingSystem.get(TestInfrastructure.class.getClassLoader());
        KafkaBroker.SERVER_LOGGERS.forEach(logger -> quiet(logging, logger, LogLevel.ERROR));
        quiet(logging, "org.apache.kafka", LogLevel.WARN);
        quiet(logging, "io.zonky.test", LogLevel.WARN);
    }

    private static void quiet(LoggingSystem logging, String logger, LogLevel level) {
        LoggerConfiguration configuration = logging.getLoggerConfiguration(logger);
        if (configuration == null || configuration.getConfiguredLevel() == null) {
            logging.setLogLevel(logger, level);
        }
    }

    /**
     * PostgreSQL first: it is a separate process and outlives this JVM if not stopped, while the in-process broker
     * dies with it anyway. The broker gets a bounded time, so a slow shutdown never makes Surefire kill the fork.
     */
    private void stop() {
        databases.dropCreated();
        if (embeddedPostgres != null) {
            embeddedPostgres.close();
        }
        try {
            CompletableFuture.runAsync(kafka::close).get(KAFKA_SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // its temporary directory is swept by the next JVM that starts a broker
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Creates databases for test classes. */
    public TestDatabases databases() {
        return databases;
    }

    /** How long this JVM waited for the broker and the database. */
    public Duration startTime() {
        return startTime;
    }
}
