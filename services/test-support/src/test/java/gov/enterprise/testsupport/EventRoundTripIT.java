package gov.enterprise.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EventRoundTripIT {

    @Autowired
    TestEnvironment env;

    @Test
    void aPublishedRecordIsAnsweredByTheApplicationOnAPrefixedTopic() {
        var answers = env.probe("greetings.answered");

        env.publisher().publish("greetings", "visit-1", Map.of("ce_type", "greeting.v1"), "hello".getBytes(UTF_8));

        var answer = answers.await(record -> "visit-1".equals(record.key()), Duration.ofSeconds(30));
        assertThat(answer.topic()).isEqualTo(env.topicPrefix() + "greetings.answered");
        assertThat(new String(answer.value(), UTF_8)).isEqualTo("answered: hello");
        answers.assertNoFurtherRecords(Duration.ofMillis(500));
    }

    @Test
    void theProbeSeesRecordsInPublishingOrderPerKeyWithTheirHeaders() {
        var probe = env.probe("ordered");
        for (int i = 1; i <= 5; i++) {
            env.publisher().publish("ordered", "key-a", Map.of("seq", String.valueOf(i)), ("a" + i).getBytes(UTF_8));
        }

        var records = probe.await(5, record -> "key-a".equals(record.key()), Duration.ofSeconds(30));

        assertThat(records).extracting(record -> EventProbe.header(record, "seq")).containsExactly("1", "2", "3", "4", "5");
        assertThat(EventProbe.headers(records.getFirst())).containsEntry("seq", "1");
    }

    @Test
    void assertionsOnAbsenceFailWhenSomethingArrives() {
        var probe = env.probe("absence");
        env.publisher().publish("absence", "k1", Map.of(), "one".getBytes(UTF_8));
        env.publisher().publish("absence", "k2", Map.of(), null);

        probe.await(record -> "k1".equals(record.key()), Duration.ofSeconds(30));

        assertThatThrownBy(() -> probe.assertNoFurtherRecords(Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("key=k2");
        assertThatThrownBy(() -> probe.assertNone(record -> record.value() == null, Duration.ZERO))
                .isInstanceOf(AssertionError.class);
        probe.assertNone(record -> "k3".equals(record.key()), Duration.ofMillis(300));
    }

    @Test
    void anAwaitThatTimesOutSaysWhatItRead() {
        var probe = env.probe("silent");

        assertThatThrownBy(() -> probe.await(record -> true, Duration.ofMillis(500)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 1 matching record(s) on " + env.topic("silent"));
    }
}
