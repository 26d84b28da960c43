package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The enterprise was dissatisfied: handled again (重办) with its comment. */
public record TicketReopenedV1(TicketSnapshot ticket, String comment, Instant at) {

    public TicketReopenedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(at, "at");
    }
}
