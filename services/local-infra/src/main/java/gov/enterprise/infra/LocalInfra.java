package gov.enterprise.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The infrastructure half of the local stack: one PostgreSQL and one Kafka broker whose data survives restarts.
 *
 * <pre>
 * java -cp "services/local-infra/target/classes:$(cat services/local-infra/target/runtime-classpath.txt)" \
 *      gov.enterprise.infra.LocalInfra --dir .stack --pg-port 15432 --kafka-port 19092 --controller-port 19093
 * </pre>
 *
 * When both are up it prints one line starting with {@code READY} and writes the same facts to
 * {@code <dir>/infra.ready}; SIGTERM or Ctrl-C stops both cleanly and removes that file. Exit code 1 if either
 * cannot start.
 */
public final class LocalInfra {

    private final LocalInfraOptions options;
    private final Path readyFile;
    private volatile KafkaBroker kafka;
    private volatile PostgresServer postgres;

    private LocalInfra(LocalInfraOptions options) {
        this.options = options;
        this.readyFile = options.directory().resolve("infra.ready");
    }

    public static void main(String[] args) {
        // before the first logger exists: the servers' own INFO chatter would drown the stack's output
        defaultProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        KafkaBroker.SERVER_LOGGERS.forEach(logger -> defaultProperty("org.slf4j.simpleLogger.log." + logger, "error"));
        defaultProperty("org.slf4j.simpleLogger.showDateTime", "true");
        defaultProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        LocalInfraOptions options;
        try {
            options = LocalInfraOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LocalInfraOptions.USAGE);
            System.exit(2);
            return;
        }
        var infra = new LocalInfra(options);
        Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "local-infra-shutdown"));
        try {
            infra.start();
        } catch (RuntimeException e) {
            System.err.println("FAILED " + rootMessage(e));
            System.exit(1);
        }
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private void start() {
        long started = System.nanoTime();
        deleteReadyFile();
        // independent servers: starting them side by side halves the wait
        var startingPostgres = CompletableFuture.runAsync(() -> {
            postgres = PostgresServer.start(options.directory().resolve("postgres"), options.postgresPort());
            postgres.createDatabase(options.database());
        });
        var startingKafka = CompletableFuture.runAsync(() -> kafka = KafkaBroker.start(
                options.directory().resolve("kafka"), options.kafkaPort(), options.controllerPort()));
        try {
            CompletableFuture.allOf(startingPostgres, startingKafka).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        String facts = "postgres=" + postgres.jdbcUrl(options.database())
                + " postgres-user=" + postgres.username()
                + " kafka=" + kafka.bootstrapServers()
                + " pid=" + ProcessHandle.current().pid();
        writeReadyFile(facts);
        System.out.printf("READY %s startup-ms=%d%n", facts, (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
    }

    private synchronized void stop() {
        deleteReadyFile();
        // Kafka first: its controlled shutdown is quick, and clients still running see the broker go before the database
        if (kafka != null) {
            closeQuietly(kafka);
            kafka = null;
        }
        if (postgres != null) {
            closeQuietly(postgres);
            postgres = null;
        }
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("Could not stop " + server + ": " + rootMessage(e));
        }
    }

    private void writeReadyFile(String facts) {
        try {
            Path written = Files.writeString(options.directory().resolve("infra.ready.tmp"),
                    facts.replace(' ', '\n') + "\n");
            Files.move(written, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteReadyFile() {
        try {
            Files.deleteIfExists(readyFile);
        } catch (IOException e) {
            System.err.println("Could not delete " + readyFile + ": " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e) : e + " (cause: " + root + ")";
    }
}
