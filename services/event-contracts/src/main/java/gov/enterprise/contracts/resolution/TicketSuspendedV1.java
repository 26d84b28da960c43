package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** A long-term matter (e.g. it needs a policy change) set aside until a review date; it counts as handled. */
public record TicketSuspendedV1(TicketSnapshot ticket, String reason, LocalDate reviewOn, String suspendedBy,
                                Instant at) {

    public TicketSuspendedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(reason, "reason");
        requireNonNull(reviewOn, "reviewOn");
        requireNonNull(suspendedBy, "suspendedBy");
        requireNonNull(at, "at");
    }
}
