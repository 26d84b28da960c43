package gov.enterprise.intake.issue;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A department sent the issue back as misrouted (退回), saying why. */
public record ReturnRecord(String department, String reason, String returnedBy, Instant returnedAt) {

    public ReturnRecord {
        requireNonNull(department, "department");
        requireNonNull(reason, "reason");
        requireNonNull(returnedBy, "returnedBy");
        requireNonNull(returnedAt, "returnedAt");
    }
}
