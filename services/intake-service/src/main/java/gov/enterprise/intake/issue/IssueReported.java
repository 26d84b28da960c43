package gov.enterprise.intake.issue;

import gov.enterprise.intake.enterprise.Enterprise;
import java.time.Instant;

public record IssueReported(String issueId, Enterprise enterprise, String title, String description,
                            String categoryHint, Channel channel, String visitId, String reportedBy,
                            Instant reportedAt) implements IssueEvent {
}
