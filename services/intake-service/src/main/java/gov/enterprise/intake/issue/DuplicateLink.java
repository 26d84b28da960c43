package gov.enterprise.intake.issue;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The link from a possible repeat to the earlier issue it resembles, and the triage officer's verdict on it.
 *
 * @param decidedBy the officer who confirmed or rejected the flag, null while it is open
 */
public record DuplicateLink(String originalIssueId, double similarity, Status status, Instant flaggedAt,
                            String decidedBy, Instant decidedAt) {

    public enum Status { FLAGGED, CONFIRMED, REJECTED }

    public DuplicateLink {
        requireNonNull(originalIssueId, "originalIssueId");
        requireNonNull(status, "status");
        requireNonNull(flaggedAt, "flaggedAt");
    }

    public boolean open() {
        return status == Status.FLAGGED;
    }

    DuplicateLink decided(Status verdict, String actor, Instant at) {
        return new DuplicateLink(originalIssueId, similarity, verdict, flaggedAt, actor, at);
    }
}
