package gov.enterprise.messaging.backbone;

import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.messaging.backbone.BackboneEvents.MirrorTalliesTouchedV1;
import gov.enterprise.messaging.consumer.EventsListener;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second listener, of another topic, whose effects touch the same {@code tally} rows as the first one's: the two
 * consumers' transactions can deadlock, as oversight's listeners of three topics adding to the same cube rows can.
 */
@EventsListener(topic = BackboneEvents.MIRROR_TOPIC)
public class MirrorListener {

    private final JdbcTemplate jdbc;

    MirrorListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void on(MirrorTalliesTouchedV1 event, EventEnvelope<MirrorTalliesTouchedV1> envelope) {
        touch(jdbc, event.tallies(), envelope.id(), BackboneEvents.MIRROR_TOPIC);
    }

    /** Adds one to each tally in the order given, then notes the application (no unique key: duplicates show). */
    static void touch(JdbcTemplate jdbc, List<String> tallies, UUID eventId, String topic) {
        for (String tally : tallies) {
            jdbc.update("insert into tally (id, n) values (?, 1) on conflict (id) do update set n = tally.n + 1",
                    tally);
        }
        jdbc.update("insert into applied_touch (event_id, topic) values (?, ?)", eventId, topic);
    }
}
