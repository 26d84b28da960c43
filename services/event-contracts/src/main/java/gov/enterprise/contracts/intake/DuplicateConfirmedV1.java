package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The issue is the same matter as the original: merged into it and not counted again. */
public record DuplicateConfirmedV1(String issueId, String originalIssueId, String confirmedBy, Instant confirmedAt) {

    public DuplicateConfirmedV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(originalIssueId, "originalIssueId");
        requireNonNull(confirmedBy, "confirmedBy");
        requireNonNull(confirmedAt, "confirmedAt");
    }
}
