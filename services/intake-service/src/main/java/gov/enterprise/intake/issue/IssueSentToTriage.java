package gov.enterprise.intake.issue;

import gov.enterprise.intake.enterprise.Enterprise;
import java.time.Instant;

/** @param returnedBy the department that returned it as misrouted, or null */
public record IssueSentToTriage(String issueId, Enterprise enterprise, String reason, String returnedBy,
                                Instant sentAt) implements IssueEvent {
}
