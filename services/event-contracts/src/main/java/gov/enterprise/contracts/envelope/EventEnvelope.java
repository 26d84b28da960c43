package gov.enterprise.contracts.envelope;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels: the CloudEvents context attributes and the contract record as its data.
 * {@code subject} is the id of the aggregate the event is about and doubles as the Kafka record key.
 * The id is chosen once, when the event is first stored, so a re-sent event keeps it and consumers can
 * recognise the repeat.
 */
public record EventEnvelope<T extends Record>(UUID id, String type, String source, String subject, Instant time,
                                              T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an event needs a subject: the id of the aggregate it is about");
        }
    }
}
