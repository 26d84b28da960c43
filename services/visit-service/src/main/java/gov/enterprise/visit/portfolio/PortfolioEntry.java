package gov.enterprise.visit.portfolio;

import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.issue.EnterpriseIssue;
import java.time.Instant;
import java.util.List;

/**
 * One enterprise of a cadre's portfolio: when the cadre (and anyone) last visited it, whether a visit is overdue, and
 * its open issues with their department and traffic light, since the cadre stays the enterprise's point of contact
 * after an issue is routed.
 */
public record PortfolioEntry(Enterprise enterprise, Instant pairedAt, Instant lastVisitedAt,
                             Instant lastVisitedByAnyoneAt, ContactPolicy.Standing contact,
                             List<EnterpriseIssue> openIssues) {

    public PortfolioEntry {
        openIssues = List.copyOf(openIssues);
    }
}
