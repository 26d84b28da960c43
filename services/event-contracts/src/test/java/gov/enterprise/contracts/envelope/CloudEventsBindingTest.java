package gov.enterprise.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventsBindingTest {

    record ThingHappened(String thingId, int count) {
        ThingHappened {
            if (thingId == null) {
                throw new IllegalArgumentException("thingId is required");
            }
        }
    }

    record ThingDated(Instant at, LocalDate on) {
    }

    static final EventType<ThingHappened> THING_HAPPENED =
            EventType.of("gov.enterprise.test.thing-happened.v1", ThingHappened.class, "test.events");
    static final EventType<ThingDated> THING_DATED =
            EventType.of("gov.enterprise.test.thing-dated.v1", ThingDated.class, "test.events");

    final CloudEventsBinding binding = new CloudEventsBinding(EventCatalog.of(List.of(THING_HAPPENED, THING_DATED)),
            256);

    @Test
    void aNewEventIsGivenATimeOrderedId() {
        long before = System.currentTimeMillis();
        var event = binding.envelope(new ThingHappened("t-1", 3), "/test", "t-1",
                Instant.parse("2026-09-25T08:00:00Z"));

        assertThat(event.id().version()).isEqualTo(7);
        assertThat(event.id().getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void anEventSurvivesTheRoundTripThroughHeadersAndBody() {
        var event = binding.envelope(new ThingHappened("t-1", 3), "/test", "t-1",
                Instant.parse("2026-09-25T08:00:00Z"));

        Map<String, String> headers = binding.attributes(event);
        EventEnvelope<?> read = binding.decode(headers, binding.body(event));

        assertThat(read).isEqualTo(event);
        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "gov.enterprise.test.thing-happened.v1")
                .containsEntry("ce_subject", "t-1")
                .containsEntry("ce_time", "2026-09-25T08:00:00Z")
                .containsEntry("content-type", "application/json");
        assertThat(new String(binding.body(event), StandardCharsets.UTF_8))
                .isEqualTo("{\"thingId\":\"t-1\",\"count\":3}");
    }

    @Test
    void aFieldAddedByANewerProducerIsIgnored() {
        var headers = binding.attributes(binding.envelope(new ThingHappened("t-1", 3), "/test", "t-1", Instant.now()));
        var read = binding.decode(headers, bytes("{\"thingId\":\"t-1\",\"count\":3,\"colour\":\"red\"}"));
        assertThat(read.data()).isEqualTo(new ThingHappened("t-1", 3));
    }

    @Test
    void timestampsAndDatesOfEveryShapeTheGeneralParsersAcceptAreRead() {
        var headers = binding.attributes(binding.envelope(new ThingDated(Instant.EPOCH, LocalDate.EPOCH), "/test",
                "t-1", Instant.now()));
        Instant at = Instant.parse("2026-09-25T08:00:00.120Z");
        LocalDate on = LocalDate.of(2026, 9, 25);
        // the shape producers write, an offset, and shapes only the general parsers read
        for (String time : List.of("\"2026-09-25T08:00:00.120Z\"", "\"2026-09-25T16:00:00.12+08:00\"",
                "\"2026-09-25t08:00:00.120z\"", "1790323200.120")) {
            var read = binding.decode(headers, bytes("{\"at\":" + time + ",\"on\":\"2026-09-25\"}"));
            assertThat(read.data()).as(time).isEqualTo(new ThingDated(at, on));
        }
        assertReason(headers, bytes("{\"at\":\"2026-02-30T08:00:00Z\"}"), "body is not a valid");
        assertReason(headers, bytes("{\"on\":\"2026-02-30\"}"), "body is not a valid");

        var offset = with(headers, "ce_time", "2026-09-25T16:00:00+08:00");
        assertThat(binding.decode(offset, bytes("{}")).time()).isEqualTo(Instant.parse("2026-09-25T08:00:00Z"));
    }

    @Test
    void everyUnreadableRecordSaysWhatIsWrong() {
        var good = binding.attributes(binding.envelope(new ThingHappened("t-1", 3), "/test", "t-1", Instant.now()));
        byte[] body = bytes("{\"thingId\":\"t-1\",\"count\":3}");

        assertReason(without(good, "ce_id"), body, "missing CloudEvents attribute header 'ce_id'");
        assertReason(with(good, "ce_id", "42"), body, "ce_id '42' is not a UUID");
        assertReason(with(good, "ce_type", "gov.enterprise.test.thing-happened.v2"), body,
                "unknown event type or version 'gov.enterprise.test.thing-happened.v2'");
        assertReason(with(good, "ce_time", "yesterday"), body, "ce_time 'yesterday' is not an RFC 3339 timestamp");
        assertReason(with(good, "ce_specversion", "0.3"), body, "unsupported CloudEvents specversion '0.3'");
        assertReason(with(good, "content-type", "application/xml"), body, "unsupported content-type");
        assertReason(good, bytes("{not json"), "body is not a valid gov.enterprise.test.thing-happened.v1");
        assertReason(good, bytes("{\"count\":3}"), "thingId is required");
        assertReason(good, bytes("null"), "JSON null");
        assertReason(good, new byte[0], "empty body");
        assertReason(good, new byte[257], "exceeds the limit of 256 bytes");
    }

    private void assertReason(Map<String, String> headers, byte[] body, String reason) {
        assertThatThrownBy(() -> binding.decode(headers, body))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        var copy = new HashMap<>(headers);
        copy.remove(name);
        return copy;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        var copy = new HashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
