package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Sent back to intake as misrouted (退回); intake triage re-routes it, never to the same department. */
public record TicketReturnedV1(TicketSnapshot ticket, String department, String reason, String returnedBy, Instant at) {

    public TicketReturnedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(department, "department");
        requireNonNull(reason, "reason");
        requireNonNull(returnedBy, "returnedBy");
        requireNonNull(at, "at");
    }
}
