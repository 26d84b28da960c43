package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The deadline light changed (红黄绿灯): yellow at 80% of the time used, red when overdue. */
public record LightChangedV1(TicketSnapshot ticket, String previousLight, Instant at) {

    public LightChangedV1 {
        requireNonNull(ticket, "ticket");
        requireNonNull(previousLight, "previousLight");
        requireNonNull(at, "at");
    }
}
