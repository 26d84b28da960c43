package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A leader allowed the ticket more extensions than the one every ticket has.
 *
 * @param additional how many more
 * @param allowance  the extensions the ticket may now have approved in all
 */
public record ExtensionAllowedV1(TicketSnapshot ticket, int additional, int allowance, String reason,
                                 String allowedBy, Instant at) {

    public ExtensionAllowedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(reason, "reason");
        requireNonNull(allowedBy, "allowedBy");
        requireNonNull(at, "at");
    }
}
