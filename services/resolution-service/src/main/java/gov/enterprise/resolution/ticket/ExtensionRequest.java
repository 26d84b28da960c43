package gov.enterprise.resolution.ticket;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A request for more time, waiting for the department head. */
public record ExtensionRequest(int workingDays, String reason, String requestedBy, Instant requestedAt) {

    public ExtensionRequest {
        if (workingDays < 1) {
            throw new IllegalArgumentException("an extension is at least 1 working day: " + workingDays);
        }
        requireNonNull(reason, "reason");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
    }
}
