package gov.enterprise.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.envelope.MalformedEventException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Publishing and awaiting events through the system's codec, with a test-only event type. */
class EventCodecIT {

    record GreetingSentV1(String text) {
    }

    static final EventType<GreetingSentV1> GREETING_SENT =
            EventType.of("gov.enterprise.selftest.greeting-sent.v1", GreetingSentV1.class, "greetings");
    static final CloudEventsBinding BINDING = new CloudEventsBinding(EventCatalog.standard().with(List.of(GREETING_SENT)));

    final TestEnvironment env = TestEnvironment.create();

    @AfterEach
    void close() {
        env.close();
    }

    @Test
    void anEnvelopeRoundTripsAndMalformedRecordsStayRaw() {
        var probe = env.probe("greetings", BINDING);
        var sent = new EventEnvelope<>(UUID.randomUUID(), GREETING_SENT.name(), "/self-test", "s-1",
                Instant.parse("2026-09-24T10:00:00Z"), new GreetingSentV1("hello"));

        env.publisher().publish("greetings", "s-1", Map.of("ce_type", GREETING_SENT.name()), "{}".getBytes(UTF_8));
        env.publisher().publish("greetings", sent);

        var received = probe.awaitEvent(GreetingSentV1.class, event -> "s-1".equals(event.subject()), Duration.ofSeconds(30));
        assertThat(received).isEqualTo(sent);

        var malformed = probe.await(record -> EventProbe.header(record, CloudEventsBinding.ID) == null);
        assertThat(malformed.key()).isEqualTo("s-1");
        assertThatThrownBy(() -> probe.decode(malformed))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("missing CloudEvents attribute header 'ce_specversion'");
        probe.assertNoFurtherRecords(Duration.ofMillis(200));
    }

    @Test
    void typesOutsideTheCatalogAreNamedInTheError() {
        var probe = env.probe("greetings");
        var event = new EventEnvelope<>(UUID.randomUUID(), GREETING_SENT.name(), "/self-test", "s-1", Instant.now(),
                new GreetingSentV1("hello"));

        assertThatThrownBy(() -> probe.awaitEvent(GreetingSentV1.class, any -> true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GreetingSentV1");
        assertThatThrownBy(() -> env.publisher().publish(event))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("publish(topicName, event)");
    }
}
