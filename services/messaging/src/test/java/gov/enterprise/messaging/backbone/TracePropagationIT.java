package gov.enterprise.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.TopicNames;
import gov.enterprise.messaging.backbone.BackboneEvents.StepRecordedV1;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A trace crosses the outbox: the span of the appending transaction travels as {@code traceparent} through the
 * table and the relay to the record, and the consumer's handling continues that trace
 * ({@code spring.kafka.listener.observation-enabled=true}).
 */
@IntegrationTest
@TestPropertySource(properties = "management.tracing.sampling.probability=1.0")
class TracePropagationIT {

    @Autowired
    Tracer tracer;
    @Autowired
    Counters counters;
    @Autowired
    BackboneEventsListener listener;
    @Autowired
    TopicNames topics;
    @Autowired
    TestEnvironment env;

    @Test
    void theConsumerContinuesTheTraceOfTheTransactionThatAppendedTheEvent() {
        Span span = tracer.nextSpan().name("record step").start();
        EventEnvelope<StepRecordedV1> event;
        try (var scope = tracer.withSpan(span)) {
            event = counters.advance("traced");
        } finally {
            span.end();
        }
        String traceId = span.context().traceId();

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.traceId(event.id()) != null);
        assertThat(listener.traceId(event.id())).isEqualTo(traceId);

        ConsumerRecord<String, byte[]> record = env.probe(BackboneEvents.TOPIC)
                .await(r -> event.id().toString().equals(EventProbe.header(r, "ce_id")));
        assertThat(EventProbe.header(record, "traceparent"))
                .startsWith("00-" + traceId + "-")
                .endsWith("-01");
    }

    @Test
    void anEventAppendedOutsideATraceCarriesNoTraceparent() {
        EventEnvelope<StepRecordedV1> event = counters.advance("untraced");
        ConsumerRecord<String, byte[]> record = env.probe(BackboneEvents.TOPIC)
                .await(r -> event.id().toString().equals(EventProbe.header(r, "ce_id")));
        assertThat(record.headers().lastHeader("traceparent")).isNull();
    }
}
