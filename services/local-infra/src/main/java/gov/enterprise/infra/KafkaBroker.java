package gov.enterprise.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka cluster (KRaft, one process acting as broker and controller) running inside this JVM.
 *
 * <p>In-process because it starts in a few seconds, shares the JIT-warmed JVM of the tests, and dies with it; the
 * data directory decides whether it is a throw-away broker (tests) or a durable one (the local stack).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int BIND_ATTEMPTS = 3;

    /**
     * Loggers of the broker's own code, not of Kafka clients. Even its routine messages (controller activation,
     * closing channels) come at WARN, so tests and the local stack keep these at ERROR.
     */
    public static final List<String> SERVER_LOGGERS = List.of(
            "kafka", "state.change.logger",
            "org.apache.kafka.controller", "org.apache.kafka.raft", "org.apache.kafka.metadata",
            "org.apache.kafka.image", "org.apache.kafka.server", "org.apache.kafka.storage",
            "org.apache.kafka.coordinator", "org.apache.kafka.snapshot", "org.apache.kafka.queue",
            "org.apache.kafka.network", "org.apache.kafka.security",
            // also used by the broker's channels to its controller ("closing a closed NetworkClient")
            "org.apache.kafka.clients.NetworkClient");

    private final KafkaRaftServer server;
    private final Path dataDirectory;
    private final String clusterId;
    private final int port;
    private final Path temporaryDirectory;
    private boolean closed;

    private KafkaBroker(KafkaRaftServer server, Path dataDirectory, String clusterId, int port, Path temporaryDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.clusterId = clusterId;
        this.port = port;
        this.temporaryDirectory = temporaryDirectory;
    }

    /**
     * Starts a broker on a fresh temporary directory and free ports; the directory is deleted on {@link #close()}.
     */
    public static KafkaBroker startTemporary() {
        Path directory = TemporaryDirectory.create("kafka", leftover -> { });
        try {
            return start(directory, TemporaryDirectory.data(directory), 0, 0);
        } catch (RuntimeException e) {
            TemporaryDirectory.delete(directory);
            throw e;
        }
    }

    /**
     * Starts a broker that keeps its data in {@code dataDirectory}: formatted on first use, reused (same cluster id,
     * same topics and offsets) afterwards. A port of 0 picks a free one.
     */
    public static KafkaBroker start(Path dataDirectory, int clientPort, int controllerPort) {
        return start(null, dataDirectory, clientPort, controllerPort);
    }

    /** {@code temporaryDirectory}, if given, holds the data directory and is deleted on close. */
    private static KafkaBroker start(Path temporaryDirectory, Path dataDirectory, int clientPort, int controllerPort) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Free ports are probed before the broker binds them, so another process can win the race; only then retry.
        boolean portsChosenHere = clientPort == 0 || controllerPort == 0;
        for (int attempt = 1; ; attempt++) {
            int port = clientPort != 0 ? clientPort : FreePort.find();
            int quorumPort = controllerPort != 0 ? controllerPort : FreePort.find();
            try {
                return startOn(dataDirectory, port, quorumPort, temporaryDirectory);
            } catch (RuntimeException e) {
                if (!portsChosenHere || attempt == BIND_ATTEMPTS || !causedByBind(e)) {
                    throw e;
                }
            }
        }
    }

    private static KafkaBroker startOn(Path dataDirectory, int port, int controllerPort, Path temporaryDirectory) {
        KafkaConfig config = KafkaConfig.fromProps(serverProperties(dataDirectory, port, controllerPort), false);
        String clusterId = formatIfNew(config, dataDirectory);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // returns once the broker is registered and unfenced, i.e. ready for clients
            server.startup();
        } catch (RuntimeException e) {
            shutDown(server);
            throw e;
        }
        return new KafkaBroker(server, dataDirectory, clusterId, port, temporaryDirectory);
    }

    private static Properties serverProperties(Path dataDirectory, int port, int controllerPort) {
        var properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dataDirectory.toAbsolutePath().toString()),
                // one node: every internal topic has a single replica
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                // few internal partitions: each one costs files and start-up time, and one node gains nothing from 50
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.num.partitions", "5"),
                // consumers join at once instead of waiting for more members that never come
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // after a crash the controller waits out the dead incarnation's session before the broker can
                // register again: 4 s instead of 9 s (still far above any pause of an idle one-node broker)
                Map.entry("broker.session.timeout.ms", "4000"),
                Map.entry("broker.heartbeat.interval.ms", "1000"),
                Map.entry("num.partitions", "3"),
                Map.entry("auto.create.topics.enable", "true"),
                // a laptop-sized broker: fewer threads than the defaults sized for servers
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "4"),
                Map.entry("background.threads", "4"),
                Map.entry("num.recovery.threads.per.data.dir", "1"),
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024))));
        return properties;
    }

    /**
     * Writes meta.properties and the bootstrap metadata unless the directory already holds them, so a restart keeps
     * the cluster id, topics and committed offsets.
     */
    private static String formatIfNew(KafkaConfig config, Path dataDirectory) {
        Path metaProperties = dataDirectory.resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            return clusterIdIn(metaProperties);
        }
        String clusterId = Uuid.randomUuid().toString();
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(dataDirectory.toAbsolutePath().toString()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setHasDynamicQuorum(false)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + dataDirectory, e);
        }
        return clusterId;
    }

    private static String clusterIdIn(Path metaProperties) {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(metaProperties)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("cluster.id");
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The value for a client's {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String clusterId() {
        return clusterId;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the broker (a controlled shutdown, so a restart needs no log recovery). Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutDown(server);
        if (temporaryDirectory != null) {
            TemporaryDirectory.delete(temporaryDirectory);
        }
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", cluster " + clusterId + ", " + dataDirectory + "]";
    }
}
