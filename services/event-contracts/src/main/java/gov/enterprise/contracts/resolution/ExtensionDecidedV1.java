package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The department head approved or denied the extension; the snapshot carries the resulting deadline. */
public record ExtensionDecidedV1(TicketSnapshot ticket, boolean approved, String comment, String decidedBy,
                                 Instant at) {

    public ExtensionDecidedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(at, "at");
    }
}
