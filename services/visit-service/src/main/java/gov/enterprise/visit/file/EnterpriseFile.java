package gov.enterprise.visit.file;

import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.issue.EnterpriseIssue;
import gov.enterprise.visit.visit.Visit;
import java.util.List;

/**
 * Everything known about one enterprise (一企一档): its details, its cadres, its latest visits and its issues with
 * their current status.
 *
 * @param visitCount all visits ever recorded, of which {@code visits} are the latest
 */
public record EnterpriseFile(Enterprise enterprise, List<String> cadreIds, List<Visit> visits, long visitCount,
                             List<EnterpriseIssue> issues) {
}
