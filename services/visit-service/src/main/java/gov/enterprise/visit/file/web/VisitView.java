package gov.enterprise.visit.file.web;

import gov.enterprise.visit.file.VisitDetail;
import gov.enterprise.visit.issue.EnterpriseIssue;
import gov.enterprise.visit.visit.RaisedIssue;
import gov.enterprise.visit.visit.Visit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A visit as the API shows it; with its enterprise's name and each issue's status in the detail view and the file. */
public record VisitView(String visitId, String uscc, String enterpriseName, String cadreId, Instant visitedAt,
                        String mode, String summary, Instant recordedAt, List<RaisedIssueView> issues) {

    /** An issue raised in the visit, with its current status when known. */
    public record RaisedIssueView(String issueId, String title, String description, String categoryHint,
                                  String status, String department, String light) {
    }

    /** A visit in a cadre's history: issues without their status (a visit's detail has it). */
    public static VisitView summary(Visit visit, String enterpriseName) {
        return of(visit, enterpriseName, issue -> null);
    }

    /**
     * A visit with each issue's status as {@code statuses} has it by issue id (none for an issue it lacks): in the
     * enterprise file, the file's own issues, so that one answer never shows an issue both with and without it.
     */
    public static VisitView of(Visit visit, String enterpriseName, Map<String, EnterpriseIssue> statuses) {
        return of(visit, enterpriseName, issue -> statuses.get(issue.issueId().toString()));
    }

    public static VisitView of(VisitDetail detail) {
        return of(detail.visit(), detail.enterprise().details().name(), detail.issueStatus());
    }

    private static VisitView of(Visit visit, String enterpriseName,
                                Function<RaisedIssue, EnterpriseIssue> status) {
        List<RaisedIssueView> issues = visit.issues().stream().map(issue -> {
            EnterpriseIssue known = status.apply(issue);
            return new RaisedIssueView(issue.issueId().toString(), issue.title(), issue.description(),
                    issue.categoryHint(), known == null ? null : known.status(),
                    known == null ? null : known.department(), known == null ? null : known.light());
        }).toList();
        return new VisitView(visit.visitId().toString(), visit.uscc().value(), enterpriseName, visit.cadreId(),
                visit.visitedAt(), visit.mode().name(), visit.summary(), visit.recordedAt(), issues);
    }

}
