package gov.enterprise.messaging.consumer;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.MalformedEventException;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.MessagingProperties;
import gov.enterprise.messaging.TopicNames;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Where records that cannot be processed go: {@code <topic>.dlt}, with the original key, value and headers, Spring
 * Kafka's {@code kafka_dlt-*} headers (exception class, message, stack trace, original topic, partition, offset,
 * consumer group) and our own {@value #REASON} header, one line a person can act on.
 *
 * <p>Malformed records and {@link RejectedEventException}s are parked at once; any other failure is retried with
 * exponential backoff first, except an outage of the service's database or a lock conflict with another transaction
 * (deadlock, serialization failure), which is waited out (retried until the database answers) rather than blamed on
 * the event. The publication waits for the broker's acknowledgement; if it fails, the recoverer throws, the error
 * handler seeks back, and the record is tried again: nothing is skipped without landing in the dead-letter topic.
 */
public final class DeadLetters implements ConsumerAwareRecordRecoverer, AutoCloseable {

    public static final String REASON = "dlt-reason";
    public static final String EVENT_TYPE = "dlt-event-type";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** SQLSTATE class 08: the connection failed (a driver that does not say so with its exception's type). */
    private static final String CONNECTION_EXCEPTION = "08";
    /** SQLSTATE serialization_failure and deadlock_detected: the transaction lost to another one. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01");

    private final KafkaOperations<String, byte[]> template;
    private final DeadLetterPublishingRecoverer publisher;
    private final TopicNames topics;
    private final EventCatalog catalog;
    private final MessagingMetrics metrics;
    private final MessagingProperties.Consumer settings;

    public DeadLetters(KafkaOperations<String, byte[]> template, TopicNames topics, EventCatalog catalog,
                       MessagingMetrics metrics, MessagingProperties.Consumer settings) {
        this.template = template;
        this.topics = topics;
        this.catalog = catalog;
        this.metrics = metrics;
        this.settings = settings;
        // partition -1: the producer partitions by key, so the DLT needs no particular partition count
        this.publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        this.publisher.setFailIfSendResultIsError(true);
        this.publisher.setWaitForSendResultTimeout(Duration.ofSeconds(30));
        this.publisher.addHeadersFunction(this::reasonHeaders);
    }

    /** The error handler of one listener container: retries, then this recoverer. */
    public DefaultErrorHandler errorHandler() {
        var backOff = new ExponentialBackOffWithMaxRetries(settings.retries());
        backOff.setInitialInterval(settings.retryBackoff().toMillis());
        backOff.setMultiplier(settings.retryMultiplier());
        backOff.setMaxInterval(settings.maxRetryBackoff().toMillis());
        var handler = new DefaultErrorHandler(this, backOff);
        // the service's own database being away says nothing about the event: wait for it, do not park the event
        var outageBackOff = new ExponentialBackOff(settings.retryBackoff().toMillis(), settings.retryMultiplier());
        outageBackOff.setMaxInterval(settings.maxOutageBackoff().toMillis());
        handler.setBackOffFunction((record, exception) -> isOutage(exception) ? outageBackOff : null);
        handler.setResetStateOnExceptionChange(true);
        handler.addNotRetryableExceptions(MalformedEventException.class, RejectedEventException.class);
        List<Class<? extends Exception>> more = settings.notRetryable();
        if (more != null && !more.isEmpty()) {
            @SuppressWarnings("unchecked")
            Class<? extends Exception>[] types = more.toArray(Class[]::new);
            handler.addNotRetryableExceptions(types);
        }
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        Exception failure = withoutBatchWrapper(exception);
        String reason = reason(failure);
        try {
            publisher.accept(record, consumer, failure);
        } catch (RuntimeException e) {
            // the error handler seeks back and tries again; pausing keeps a broken dead-letter topic from turning
            // that into a busy loop
            log.error("Could not dead-letter {}-{}@{}; it stays unprocessed and is tried again: {}", record.topic(),
                    record.partition(), record.offset(), e.toString());
            pause(settings.retryBackoff());
            throw e;
        }
        String type = knownType(record);
        metrics.deadLettered(type, topics.logical(record.topic()));
        log.warn("Dead-lettered {}-{}@{} ({}) to {}: {}", record.topic(), record.partition(), record.offset(), type,
                Topics.deadLetter(record.topic()), reason);
    }

    /**
     * The failure as a record listener reports it: the listener's wrapper around the handler's exception, without the
     * {@link BatchListenerFailedException} that only names the record's place in the poll, so the DLT's
     * {@code kafka_dlt-exception-*} headers describe what went wrong.
     */
    static Exception withoutBatchWrapper(Exception exception) {
        Throwable cause = exception;
        while (cause != null && !(cause instanceof BatchListenerFailedException)) {
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (cause == null || cause.getCause() == null) {
            return exception;
        }
        String group = exception instanceof ListenerExecutionFailedException wrapper ? wrapper.getGroupId() : null;
        return new ListenerExecutionFailedException("Listener failed", group, cause.getCause());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the dead-letter producer. */
    @Override
    public void close() {
        template.getProducerFactory().reset();
    }

    private Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception exception) {
        var headers = new RecordHeaders();
        headers.add(REASON, reason(exception).getBytes(StandardCharsets.UTF_8));
        headers.add(EVENT_TYPE, knownType(record).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** One line: what was wrong with the record, or which handler failure exhausted the retries. */
    String reason(Throwable exception) {
        Throwable cause = exception;
        while (cause instanceof ListenerExecutionFailedException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException malformed) {
                return "malformed event: " + malformed.getMessage();
            }
            if (t instanceof RejectedEventException rejected) {
                return "rejected by handler: " + rejected.getMessage();
            }
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String failure = root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return notRetryable(cause)
                ? "handler failed: " + failure
                : "handler failed " + (settings.retries() + 1) + " times: " + failure;
    }

    /**
     * The database is unreachable or briefly unable to serve, or the transaction lost a deadlock or serialization
     * conflict with another one (consumers of different topics update the same rows): nothing wrong with the event.
     */
    static boolean isOutage(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                    || CONFLICTS.contains(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private boolean notRetryable(Throwable exception) {
        List<Class<? extends Exception>> types = settings.notRetryable();
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable current = t;
            if (types != null && types.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
        }
        return false;
    }

    private String knownType(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CloudEventsBinding.TYPE);
        String type = header == null ? null : CloudEventsBinding.text(header.value());
        return type != null && catalog.find(type).isPresent() ? type : MessagingMetrics.UNKNOWN_TYPE;
    }
}
