package gov.enterprise.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Scratch directories for throw-away servers, each marked with the JVM that owns it.
 *
 * <p>A JVM that is killed (a test fork halted by Surefire, a kill -9) cannot clean up, and PostgreSQL, being its own
 * process, even keeps running. The next JVM to create a directory of the same purpose therefore sweeps the ones
 * whose owner is gone.
 */
final class TemporaryDirectory {

    private static final String OWNER_FILE = "owner";
    /** Directories from before owners were recorded are only swept once nobody can still be using them. */
    private static final Duration UNOWNED_GRACE = Duration.ofMinutes(30);

    private TemporaryDirectory() {
    }

    /**
     * A new directory {@code ticketing-<purpose>-*} owned by this JVM, after sweeping abandoned ones; before one is
     * deleted, {@code stopLeftovers} gets the chance to stop what still runs in its {@code data} directory.
     */
    static Path create(String purpose, Consumer<Path> stopLeftovers) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        sweepAbandoned(temp, prefix(purpose), stopLeftovers);
        try {
            Path directory = Files.createTempDirectory(temp, prefix(purpose));
            Files.writeString(directory.resolve(OWNER_FILE), ownerOf(ProcessHandle.current()));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the server keeps its files: apart from the owner mark, as initdb wants an empty directory. */
    static Path data(Path directory) {
        return directory.resolve("data");
    }

    /** Best effort: a file a dying server still holds open must not fail the caller's shutdown. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // leftovers in the temp directory are harmless
        }
    }

    private static String prefix(String purpose) {
        return "ticketing-" + purpose + "-";
    }

    private static void sweepAbandoned(Path temp, String prefix, Consumer<Path> stopLeftovers) {
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(temp, prefix + "*")) {
            for (Path candidate : candidates) {
                if (Files.isDirectory(candidate) && abandoned(candidate)) {
                    stopLeftovers.accept(data(candidate));
                    stopLeftovers.accept(candidate);
                    delete(candidate);
                }
            }
        } catch (IOException | RuntimeException e) {
            // sweeping is a courtesy; never let it stop a start
        }
    }

    private static boolean abandoned(Path directory) throws IOException {
        Path owner = directory.resolve(OWNER_FILE);
        if (!Files.exists(owner)) {
            return Files.getLastModifiedTime(directory).toInstant().isBefore(Instant.now().minus(UNOWNED_GRACE));
        }
        String recorded = Files.readString(owner).strip();
        String pid = recorded.split(" ")[0];
        Optional<ProcessHandle> process = pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
        // the start time tells a reused pid from the owner
        return process.filter(ProcessHandle::isAlive).map(TemporaryDirectory::ownerOf).filter(recorded::equals).isEmpty();
    }

    private static String ownerOf(ProcessHandle process) {
        return process.pid() + " " + process.info().startInstant().map(Instant::toString).orElse("?");
    }
}
