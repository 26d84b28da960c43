package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A suspended ticket is taken up again; the snapshot's resolution deadline has moved on by the working days it was
 * suspended.
 *
 * @param note why it is taken up again, or null
 */
public record TicketResumedV1(TicketSnapshot ticket, String note, String resumedBy, Instant at) {

    public TicketResumedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(resumedBy, "resumedBy");
        requireNonNull(at, "at");
    }
}
