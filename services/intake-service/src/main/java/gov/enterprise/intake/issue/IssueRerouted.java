package gov.enterprise.intake.issue;

import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.routing.RoutingDecision;

/** A returned issue has a new lead department, never the one that returned it. */
public record IssueRerouted(String issueId, Enterprise enterprise, String title, String description,
                            Classification classification, RoutingDecision routing, String previousDepartment,
                            String returnReason) implements IssueEvent {
}
