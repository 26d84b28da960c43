package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Handed to another department (转办), whose acceptance clock starts afresh. */
public record TicketTransferredV1(TicketSnapshot ticket, String fromDepartment, String toDepartment, String reason,
                                  String transferredBy, Instant at) {

    public TicketTransferredV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(fromDepartment, "fromDepartment");
        requireNonNull(toDepartment, "toDepartment");
        requireNonNull(reason, "reason");
        requireNonNull(transferredBy, "transferredBy");
        requireNonNull(at, "at");
    }
}
