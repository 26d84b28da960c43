package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** The flag was wrong: the issue is a matter of its own and goes on to be routed. */
public record DuplicateRejectedV1(String issueId, String originalIssueId, String rejectedBy, Instant rejectedAt) {

    public DuplicateRejectedV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(originalIssueId, "originalIssueId");
        requireNonNull(rejectedBy, "rejectedBy");
        requireNonNull(rejectedAt, "rejectedAt");
    }
}
