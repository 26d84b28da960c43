package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The ticket is in a department's queue: opened from a routed issue, or assigned anew after a transfer or re-routing.
 *
 * @param reason {@code ROUTED}, {@code TRANSFERRED} or {@code REROUTED}
 */
public record TicketAssignedV1(TicketSnapshot ticket, String reason, Instant at) {

    public TicketAssignedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(reason, "reason");
        requireNonNull(at, "at");
    }
}
