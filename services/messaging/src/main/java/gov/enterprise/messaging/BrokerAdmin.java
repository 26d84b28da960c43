package gov.enterprise.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one admin connection of the backbone: creates the topics a service produces and consumes (when allowed) and
 * describes the cluster for readiness. Created lazily so a service starts even while the broker is away.
 */
public final class BrokerAdmin implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BrokerAdmin.class);

    private final Map<String, Object> config;
    private final MessagingProperties.Topics settings;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();
    private volatile Admin admin;

    public BrokerAdmin(Map<String, Object> config, MessagingProperties.Topics settings) {
        this.config = Map.copyOf(config);
        this.settings = settings;
    }

    /** What the readiness check reports: the cluster id and how many brokers answered. */
    public record ClusterView(String clusterId, int nodes) {
    }

    public ClusterView describe(Duration timeout) throws Exception {
        var options = new DescribeClusterOptions().timeoutMs((int) timeout.toMillis());
        var cluster = admin().describeCluster(options);
        long millis = timeout.toMillis();
        String id = cluster.clusterId().get(millis, TimeUnit.MILLISECONDS);
        int nodes = cluster.nodes().get(millis, TimeUnit.MILLISECONDS).size();
        return new ClusterView(id, nodes);
    }

    /**
     * Creates the given broker topics unless they exist or topic creation is switched off. Throws when the broker
     * cannot be reached, so the caller retries later; a missing permission is logged and left to the infra.
     */
    public void ensureTopics(Collection<String> topics) {
        if (!settings.create()) {
            return;
        }
        List<String> missing = topics.stream().filter(topic -> !ensured.contains(topic)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Optional<Integer> partitions = Optional.of(settings.partitions());
        Optional<Short> replicas = settings.replicationFactor() > 0
                ? Optional.of(settings.replicationFactor()) : Optional.empty();
        var result = admin().createTopics(
                missing.stream().map(name -> new NewTopic(name, partitions, replicas)).toList(),
                new CreateTopicsOptions().timeoutMs(10_000));
        for (String topic : missing) {
            try {
                result.values().get(topic).get(15, TimeUnit.SECONDS);
                log.info("Created topic {} ({} partitions)", topic, settings.partitions());
                ensured.add(topic);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    ensured.add(topic);
                } else if (e.getCause() instanceof TopicAuthorizationException
                        || e.getCause() instanceof ClusterAuthorizationException) {
                    log.warn("Not allowed to create topic {}; expecting it from the infra definitions", topic);
                    ensured.add(topic);
                } else {
                    throw new IllegalStateException("could not create topic " + topic, e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("timed out creating topic " + topic, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted creating topic " + topic, e);
            }
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(config);
                }
                current = admin;
            }
        }
        return current;
    }

    @Override
    public void close() {
        Admin current = admin;
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
    }
}
