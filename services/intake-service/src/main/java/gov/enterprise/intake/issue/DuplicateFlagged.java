package gov.enterprise.intake.issue;

import java.time.Instant;

public record DuplicateFlagged(String issueId, String originalIssueId, double similarity, Instant flaggedAt)
        implements IssueEvent {
}
