package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;

/**
 * A returned (misrouted) issue has a new lead department, never the one that returned it; its ticket is assigned
 * there with fresh deadlines.
 */
public record IssueReroutedV1(String issueId, EnterpriseFacts enterprise, String title, String description,
                              Routing routing, String previousDepartment, String returnReason, Instant reroutedAt) {

    public IssueReroutedV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(enterprise, "enterprise");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(routing, "routing");
        requireNonNull(previousDepartment, "previousDepartment");
        requireNonNull(reroutedAt, "reroutedAt");
    }
}
