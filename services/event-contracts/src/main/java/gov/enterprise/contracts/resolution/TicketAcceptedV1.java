package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The department took the ticket on (受理); the resolution clock runs. */
public record TicketAcceptedV1(TicketSnapshot ticket, String acceptedBy, Instant at) {

    public TicketAcceptedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(acceptedBy, "acceptedBy");
        requireNonNull(at, "at");
    }
}
