package gov.enterprise.intake.issue;

import java.time.Instant;

public record DuplicateRejected(String issueId, String originalIssueId, String rejectedBy, Instant rejectedAt)
        implements IssueEvent {
}
