package gov.enterprise.simulator.bench;

import gov.enterprise.simulator.api.Api;
import gov.enterprise.simulator.api.Session;
import gov.enterprise.simulator.resource.StackProcesses;
import java.io.PrintStream;
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
                "127.0.0.1:19092", new AtomicLong(), runId);
    }

    public StackProcesses processes() {
        return new StackProcesses(repository.resolve(".stack"));
    }

    public String postgresUrl() {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/ticketing";
    }

    /** Numbers requests across all runs of this process, so ids and texts never repeat between runs. */
    public long next(long count) {
        return sequence.getAndAdd(count);
    }
}
