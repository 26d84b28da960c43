package gov.enterprise.intake.issue;

import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.routing.RoutingDecision;
import java.time.Instant;

public record IssueRouted(String issueId, Enterprise enterprise, String title, String description,
                          Classification classification, RoutingDecision routing, Instant reportedAt)
        implements IssueEvent {
}
