package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/** A suspended ticket reached its review date: the department must look at it again. */
public record SuspensionReviewDueV1(TicketSnapshot ticket, LocalDate reviewOn, Instant at) {

    public SuspensionReviewDueV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(reviewOn, "reviewOn");
        requireNonNull(at, "at");
    }
}
