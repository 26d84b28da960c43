package gov.enterprise.intake.issue;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One line of an issue's history as people see it: when, what ({@code reported}, {@code routed},
 * {@code ticket-accepted}...), who, and the details.
 */
public record HistoryEntry(Instant at, String kind, String actor, String detail) {

    public HistoryEntry {
        requireNonNull(at, "at");
        requireNonNull(kind, "kind");
        requireNonNull(actor, "actor");
        detail = detail == null ? "" : detail;
    }
}
