package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The department noted progress. */
public record ProgressNotedV1(TicketSnapshot ticket, String note, String notedBy, Instant at) {

    public ProgressNotedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(note, "note");
        requireNonNull(notedBy, "notedBy");
        requireNonNull(at, "at");
    }
}
