package gov.enterprise.intake.issue;

import java.time.Instant;

public record DuplicateConfirmed(String issueId, String originalIssueId, String confirmedBy, Instant confirmedAt)
        implements IssueEvent {
}
