package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;

/** An issue has a lead department and deadlines: the resolution service opens its ticket from this event. */
public record IssueRoutedV1(String issueId, EnterpriseFacts enterprise, String title, String description,
                            Routing routing, Instant reportedAt, Instant routedAt) {

    public IssueRoutedV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(enterprise, "enterprise");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(routing, "routing");
        requireNonNull(reportedAt, "reportedAt");
        requireNonNull(routedAt, "routedAt");
    }
}
