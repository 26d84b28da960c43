package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A co-department (协办单位) gave the lead its input.
 *
 * @param lateBy working days past the contribution deadline, 0 when on time
 */
public record ContributionAddedV1(TicketSnapshot ticket, String department, String note, String contributedBy,
                                  int lateBy, Instant at) {

    public ContributionAddedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(department, "department");
        requireNonNull(note, "note");
        requireNonNull(contributedBy, "contributedBy");
        requireNonNull(at, "at");
    }
}
