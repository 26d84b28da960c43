package gov.enterprise.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.envelope.MalformedEventException;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.MessagingProperties;
import gov.enterprise.messaging.TopicNames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The reason line and the outage classification; the publishing itself is covered against the broker. */
class DeadLettersTest {

    private final DeadLetters deadLetters = new DeadLetters(
            new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, byte[]>(Map.of())),
            new TopicNames(""), EventCatalog.of(List.of()), new MessagingMetrics(new SimpleMeterRegistry()),
            new MessagingProperties.Consumer(null, 3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(10),
                    Duration.ofSeconds(30), 1, List.of(IllegalArgumentException.class)));

    @Test
    void aMalformedRecordIsDescribedByWhatIsWrongWithIt() {
        var failure = new ListenerExecutionFailedException("listener failed",
                new MalformedEventException("missing CloudEvents attribute header 'ce_id'"));
        assertThat(deadLetters.reason(failure))
                .isEqualTo("malformed event: missing CloudEvents attribute header 'ce_id'");
    }

    @Test
    void aHandlerFailureNamesTheRootCauseAndTheAttempts() {
        var failure = new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("wrapper", new ArithmeticException("/ by zero")));
        assertThat(deadLetters.reason(failure)).isEqualTo("handler failed 4 times: java.lang.ArithmeticException:"
                + " / by zero");
    }

    @Test
    void aFailureConfiguredAsNotRetryableIsNotCountedAsRetried() {
        var failure = new ListenerExecutionFailedException("listener failed",
                new IllegalArgumentException("no such department"));
        assertThat(deadLetters.reason(failure))
                .isEqualTo("handler failed: java.lang.IllegalArgumentException: no such department");
    }

    @Test
    void anUnreachableDatabaseIsAnOutageNotAFaultOfTheEvent() {
        assertThat(DeadLetters.isOutage(new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("no connection",
                        new CannotGetJdbcConnectionException("refused"))))).isTrue();
        assertThat(DeadLetters.isOutage(new SQLTransientConnectionException("pool exhausted"))).isTrue();
        assertThat(DeadLetters.isOutage(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DeadLetters.isOutage(new IllegalStateException("bug"))).isFalse();
    }
}
