package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a ticket's history in which nothing the figures see changed (its state, whether its light is red,
 * its department, category and outcome): from {@code version} at {@code at} through {@code lastVersion}. Kept per
 * issue so that the figures can be answered as of any day. A stretch covers only versions actually seen, so a
 * version that arrives late (older than the newest one held) finds its place.
 */
public record TicketStep(long version, long lastVersion, Instant at, String state, boolean red, String department,
                         String category, String outcome) {

    public TicketStep {
        requireNonNull(at, "at");
        requireNonNull(state, "state");
        requireNonNull(department, "department");
        requireNonNull(category, "category");
    }

    static TicketStep of(IssueChange.Ticket ticket, Instant at) {
        return new TicketStep(ticket.version(), ticket.version(), at, ticket.state(),
                TicketState.RED.equals(ticket.light()), ticket.department(), ticket.category(), ticket.outcome());
    }

    boolean covers(long other) {
        return version <= other && other <= lastVersion;
    }

    /** This stretch and {@code next}, when next directly follows it and the figures see no change. */
    TicketStep joinedWith(TicketStep next) {
        if (next.version != lastVersion + 1 || !sameFigures(next)) {
            return null;
        }
        return new TicketStep(version, next.lastVersion, at, state, red, department, category, outcome);
    }

    /** Whether the figures see the same ticket in both steps. */
    boolean sameFigures(TicketStep other) {
        return state.equals(other.state) && red == other.red && department.equals(other.department)
                && category.equals(other.category) && Objects.equals(outcome, other.outcome);
    }

    boolean handled() {
        return TicketState.HANDLED.contains(state);
    }

    boolean resolved() {
        return TicketState.RESOLVED.contains(state);
    }

    boolean overdue() {
        return red && TicketState.OPEN.contains(state);
    }
}
