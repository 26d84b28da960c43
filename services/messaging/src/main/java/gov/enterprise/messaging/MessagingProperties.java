package gov.enterprise.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event backbone, under {@code ticketing.messaging}. Every default is chosen for production; tests
 * shorten the timings.
 *
 * @param topicPrefix   prepended to every topic produced and consumed (tests use a fresh one per test class)
 * @param source        CloudEvents {@code source} of the events this service publishes; defaults to
 *                      {@code /${spring.application.name}}
 * @param schema        the database schema holding the library's tables; empty means the connection's current schema
 * @param maxBodyBytes  largest event body written or read. Below the broker's default {@code message.max.bytes}
 *                      (1,048,588) so an appended event can always be relayed
 */
@ConfigurationProperties("ticketing.messaging")
public record MessagingProperties(
        @DefaultValue("") String topicPrefix,
        String source,
        String schema,
        @DefaultValue("1000000") int maxBodyBytes,
        @DefaultValue Outbox outbox,
        @DefaultValue Consumer consumer,
        @DefaultValue Topics topics,
        @DefaultValue Health health) {

    /**
     * @param relayEnabled        whether this instance runs a relay (any number of instances may)
     * @param lanes               keys are hashed into this many lanes; each lane is relayed by one instance at a
     *                            time. A cluster-wide constant: change it only with an empty backlog
     * @param batchSize           rows sent per lane and transaction
     * @param busyPoll            first wait after a pass that found nothing
     * @param idlePoll            longest wait while the outbox stays empty (a local commit wakes the relay sooner)
     * @param gather              after a pass that relayed events, how long later commits gather before the next
     *                            pass: under load a pass then relays many events instead of one each, for at most
     *                            this much more delivery latency; a commit after a quiet spell is relayed at once
     * @param failureBackoff      first wait after a failed pass; doubles up to {@code maxFailureBackoff}
     * @param sendTimeout         how long a batch may wait for the broker's acknowledgements
     * @param backlogRefresh      how often the backlog gauges are recomputed (not on every scrape)
     */
    public record Outbox(
            @DefaultValue("true") boolean relayEnabled,
            @DefaultValue("16") int lanes,
            @DefaultValue("200") int batchSize,
            @DefaultValue("50ms") Duration busyPoll,
            @DefaultValue("500ms") Duration idlePoll,
            @DefaultValue("20ms") Duration gather,
            @DefaultValue("200ms") Duration failureBackoff,
            @DefaultValue("30s") Duration maxFailureBackoff,
            @DefaultValue("30s") Duration sendTimeout,
            @DefaultValue("10s") Duration backlogRefresh) {
    }

    /**
     * @param groupId         consumer group of this service's listeners; defaults to
     *                        {@code spring.kafka.consumer.group-id}, then {@code spring.application.name}
     * @param retries         further attempts after a handler failure, before the record is dead-lettered
     * @param retryBackoff    wait before the first retry; multiplied by {@code retryMultiplier} up to
     *                        {@code maxRetryBackoff}
     * @param maxOutageBackoff longest wait between attempts while the service's database is unreachable; such
     *                        failures are retried until it is back, never dead-lettered
     * @param concurrency     consumer threads per listener (at most the topic's partition count is useful)
     * @param notRetryable    further exception types that are dead-lettered at once, without retries
     * @param maxBatch        most records applied in one transaction (the consumer's {@code max.poll.records}); 1
     *                        gives one transaction per event
     * @param processedRetention how long the record of an applied event is kept: an event redelivered later than
     *                        this (an offset reset further back, a dead letter replayed later) is applied again.
     *                        0 keeps every record
     * @param processedSweep  how often the records older than the retention are deleted
     */
    public record Consumer(
            String groupId,
            @DefaultValue("3") int retries,
            @DefaultValue("500ms") Duration retryBackoff,
            @DefaultValue("2.0") double retryMultiplier,
            @DefaultValue("10s") Duration maxRetryBackoff,
            @DefaultValue("30s") Duration maxOutageBackoff,
            @DefaultValue("1") int concurrency,
            @DefaultValue List<Class<? extends Exception>> notRetryable,
            @DefaultValue("200") int maxBatch,
            @DefaultValue("90d") Duration processedRetention,
            @DefaultValue("1h") Duration processedSweep) {
    }

    /**
     * @param create            whether this service creates the topics it produces and consumes (and their DLTs)
     *                          when missing; production leaves topics to the infra definitions
     * @param partitions        partitions of a topic created here
     * @param replicationFactor replicas of a topic created here; 0 takes the broker's default
     */
    public record Topics(
            @DefaultValue("true") boolean create,
            @DefaultValue("3") int partitions,
            @DefaultValue("0") short replicationFactor) {
    }

    /**
     * @param brokerTimeout how long the readiness check waits for the cluster description
     * @param brokerCache   how long a broker check result is reused, so probes do not hammer the cluster
     */
    public record Health(
            @DefaultValue("3s") Duration brokerTimeout,
            @DefaultValue("10s") Duration brokerCache) {
    }
}
