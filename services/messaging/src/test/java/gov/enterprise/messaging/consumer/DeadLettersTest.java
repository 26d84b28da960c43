package gov.enterprise.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.envelope.MalformedEventException;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.MessagingProperties;
import gov.enterprise.messaging.TopicNames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
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
                    Duration.ofSeconds(30), 1, List.of(IllegalArgumentException.class), 200,
                    Duration.ofDays(90), Duration.ofHours(1)));

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
    void aRecordReportedFromABatchIsDescribedByItsOwnFailure() {
        var failure = new ListenerExecutionFailedException("listener failed", "group",
                new EventDispatch.RecordFailed("record 3 of the poll failed", new IllegalStateException("bug"), 3));
        assertThat(deadLetters.reason(failure))
                .isEqualTo("handler failed 4 times: java.lang.IllegalStateException: bug");

        Exception published = DeadLetters.withoutBatchWrapper(failure);
        assertThat(published).isInstanceOf(ListenerExecutionFailedException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(((ListenerExecutionFailedException) published).getGroupId()).isEqualTo("group");
        var malformed = new ListenerExecutionFailedException("listener failed",
                new MalformedEventException("missing CloudEvents attribute header 'ce_id'"));
        assertThat(DeadLetters.withoutBatchWrapper(malformed)).isSameAs(malformed);
    }

    @Test
    void aLockConflictBetweenTransactionsIsWaitedOutLikeAnOutage() {
        assertThat(DeadLetters.isOutage(new UncategorizedSQLException("update", "update tally",
                new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(DeadLetters.isOutage(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(DeadLetters.isOutage(new SQLException("connection failure", "08006"))).isTrue();
        assertThat(DeadLetters.isOutage(new PessimisticLockingFailureException("deadlock"))).isTrue();
        assertThat(DeadLetters.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
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
