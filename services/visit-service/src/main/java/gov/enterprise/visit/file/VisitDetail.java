package gov.enterprise.visit.file;

import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.issue.EnterpriseIssue;
import gov.enterprise.visit.visit.Visit;
import java.util.Map;

/** A visit with its enterprise and the current status of each issue raised in it (by issue id). */
public record VisitDetail(Visit visit, Enterprise enterprise, Map<String, EnterpriseIssue> issueStatus) {
}
