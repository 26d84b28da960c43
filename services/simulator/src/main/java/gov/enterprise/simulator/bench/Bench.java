package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.Api;
import gov.enterprise.simulator.api.Session;
import gov.enterprise.simulator.resource.StackProcesses;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every scenario works with: the API behind the edge (loopback only), a session for setup work, the stack's
 * processes, its PostgreSQL and Kafka (for the baselines), and where the results go.
 *
 * @param repository the project's root (the {@code ./stack} script, {@code .stack/}, {@code docs/})
 */
public record Bench(Api api, Session session, Path repository, PrintStream out, String postgresHost,
                    int postgresPort, String kafkaBootstrap, AtomicLong sequence, String runId) {

    public static final int SETUP_CONCURRENCY = 32;

    public static Bench connect(String baseUrl, Path repository, PrintStream out) {
        Api api = Api.connect(baseUrl);
        String runId = Long.toString(System.currentTimeMillis() / 1000, 36);
        return new Bench(api, new Session(api, SETUP_CONCURRENCY), repository, out, "127.0.0.1", 15432,
                "127.0.0.1:19092", new AtomicLong(lastSequence(repository)), runId);
    }

    /** Where the numbering of requests continues from one run of the simulator to the next. */
    static Path sequenceFile(Path repository) {
        return repository.resolve(".stack").resolve("bench-sequence");
    }

    private static long lastSequence(Path repository) {
        Path file = sequenceFile(repository);
        try {
            return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    public StackProcesses processes() {
        return new StackProcesses(repository.resolve(".stack"));
    }

    public String postgresUrl() {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/ticketing";
    }

    /**
     * Numbers requests across all runs, of this process and of the ones before it against the same stack (the number
     * is kept in {@code .stack/bench-sequence}), so ids and texts never repeat between runs: each run starts where the
     * last stopped in the pool's rotation of matters, and an enterprise does not raise the matter it raised in the
     * previous run again (intake would rightly flag it as a possible duplicate and send it to triage, and the run would
     * measure the triage path instead of routing).
     */
    public synchronized long next(long count) {
        long first = sequence.getAndAdd(count);
        Path file = sequenceFile(repository);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Long.toString(first + count));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the request numbering in " + file, e);
        }
        return first;
    }
}
