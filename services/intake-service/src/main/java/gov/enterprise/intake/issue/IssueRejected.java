package gov.enterprise.intake.issue;

import java.time.Instant;

public record IssueRejected(String issueId, String reason, String rejectedBy, Instant rejectedAt)
        implements IssueEvent {
}
