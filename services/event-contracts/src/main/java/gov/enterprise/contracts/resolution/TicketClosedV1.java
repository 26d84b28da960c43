package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Final closing (销号).
 *
 * @param timeliness {@code ON_TIME}, {@code ON_TIME_EXTENDED} or {@code OVERDUE}
 * @param workingDaysToResolve working days from routing to the accepted answer
 */
public record TicketClosedV1(TicketSnapshot ticket, String satisfaction, boolean closedByDefault, String timeliness,
                             int workingDaysToResolve, Instant at) {

    public TicketClosedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(satisfaction, "satisfaction");
        requireNonNull(timeliness, "timeliness");
        requireNonNull(at, "at");
    }
}
