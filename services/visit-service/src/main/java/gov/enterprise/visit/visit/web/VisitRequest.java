package gov.enterprise.visit.visit.web;

import gov.enterprise.visit.visit.VisitForm;
import java.time.Instant;
import java.util.List;

/** The body of {@code POST /api/v1/visits}. */
public record VisitRequest(String visitId, String uscc, Instant visitedAt, String mode, String summary,
                           List<IssueBody> issues) {

    public record IssueBody(String issueId, String title, String description, String categoryHint) {
    }

    VisitForm form() {
        return new VisitForm(visitId, uscc, visitedAt, mode, summary, issues == null ? null : issues.stream()
                .map(issue -> issue == null ? null
                        : new VisitForm.IssueForm(issue.issueId(), issue.title(), issue.description(),
                        issue.categoryHint()))
                .toList());
    }
}
