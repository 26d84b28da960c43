package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The enterprise's verdict on the answer (回访).
 *
 * @param satisfaction {@code SATISFIED}, {@code BASICALLY_SATISFIED} or {@code DISSATISFIED}
 * @param byDefault no answer came in time and satisfied was assumed
 */
public record FeedbackGivenV1(TicketSnapshot ticket, String satisfaction, String comment, String givenBy,
                              boolean byDefault, Instant at) {

    public FeedbackGivenV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(satisfaction, "satisfaction");
        requireNonNull(givenBy, "givenBy");
        requireNonNull(at, "at");
    }
}
