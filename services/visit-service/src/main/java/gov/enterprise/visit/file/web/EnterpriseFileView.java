package gov.enterprise.visit.file.web;

import gov.enterprise.visit.enterprise.web.EnterpriseView;
import gov.enterprise.visit.file.EnterpriseFile;
import gov.enterprise.visit.issue.EnterpriseIssue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The enterprise file (一企一档): master data, cadres, the latest visits and the issues with their current status.
 *
 * @param visitCount every visit recorded; {@code visits} holds the latest of them, newest first
 */
public record EnterpriseFileView(EnterpriseView enterprise, List<String> cadreIds, long visitCount,
                                 List<VisitView> visits, List<IssueView> issues) {

    public static EnterpriseFileView of(EnterpriseFile file) {
        String name = file.enterprise().details().name();
        Map<String, EnterpriseIssue> issues = file.issues().stream()
                .collect(Collectors.toMap(EnterpriseIssue::issueId, issue -> issue, (first, second) -> first));
        return new EnterpriseFileView(EnterpriseView.of(file.enterprise()), file.cadreIds(), file.visitCount(),
                file.visits().stream().map(visit -> VisitView.of(visit, name, issues)).toList(),
                file.issues().stream().map(IssueView::of).toList());
    }
}
