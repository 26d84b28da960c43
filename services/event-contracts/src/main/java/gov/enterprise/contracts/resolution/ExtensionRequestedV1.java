package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The department asked for more time (延期), awaiting its head's decision. */
public record ExtensionRequestedV1(TicketSnapshot ticket, int workingDays, String reason, String requestedBy,
                                   Instant at) {

    public ExtensionRequestedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(reason, "reason");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(at, "at");
    }
}
