package gov.enterprise.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored event as the relay reads it: everything it needs to send without decoding the body, and its key in the
 * outbox ({@code lane}, {@code id}).
 */
public record OutboxRow(int lane, long id, UUID eventId, String topic, String key, String type, String source,
                        String subject, Instant occurredAt, String payload, String traceParent) {
}
