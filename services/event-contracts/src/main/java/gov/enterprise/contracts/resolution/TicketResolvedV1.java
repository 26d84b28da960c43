package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The department gave its answer (办结).
 *
 * @param outcome {@code SOLVED}, {@code EXPLAINED} (e.g. no legal basis) or {@code PLANNED}
 * @param plannedFor when a PLANNED solution is due, else null
 */
public record TicketResolvedV1(TicketSnapshot ticket, String outcome, String answer, LocalDate plannedFor,
                               String resolvedBy, Instant at) {

    public TicketResolvedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(outcome, "outcome");
        requireNonNull(answer, "answer");
        requireNonNull(resolvedBy, "resolvedBy");
        requireNonNull(at, "at");
    }
}
