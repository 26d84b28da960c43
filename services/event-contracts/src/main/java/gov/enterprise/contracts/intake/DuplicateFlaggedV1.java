package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The issue reads very much like one the same enterprise reported recently; a triage officer will decide. */
public record DuplicateFlaggedV1(String issueId, String originalIssueId, double similarity, Instant flaggedAt) {

    public DuplicateFlaggedV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(originalIssueId, "originalIssueId");
        requireNonNull(flaggedAt, "flaggedAt");
    }
}
