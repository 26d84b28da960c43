package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An overdue or disputed ticket climbed the escalation ladder (督办).
 *
 * @param level 1 the department head, 2 the leader in charge
 * @param escalatedTo the subject now supervising, e.g. {@code head:NRP}
 * @param reason {@code OVERDUE}, {@code OVERDUE_FURTHER} or {@code DISSATISFIED_AGAIN}
 */
public record TicketEscalatedV1(TicketSnapshot ticket, int level, String escalatedTo, String reason, Instant at) {

    public TicketEscalatedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(escalatedTo, "escalatedTo");
        requireNonNull(reason, "reason");
        requireNonNull(at, "at");
    }
}
