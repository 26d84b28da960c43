package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Triage found nothing a department can act on (e.g. not an enterprise matter); the reason is kept and shown. */
public record IssueRejectedV1(String issueId, String reason, String rejectedBy, Instant rejectedAt) {

    public IssueRejectedV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(reason, "reason");
        requireNonNull(rejectedBy, "rejectedBy");
        requireNonNull(rejectedAt, "rejectedAt");
    }
}
