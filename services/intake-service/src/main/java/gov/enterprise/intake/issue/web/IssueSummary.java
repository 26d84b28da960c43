package gov.enterprise.intake.issue.web;

import gov.enterprise.intake.issue.Issue;
import gov.enterprise.intake.issue.IssueState;
import gov.enterprise.intake.issue.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an issue list. */
public record IssueSummary(String issueId, String uscc, String title, IssueState state, String status,
                           String category, String department, LocalDate acceptDue, LocalDate resolveDue,
                           String light, String duplicateOf, Instant reportedAt, long version) {

    public static IssueSummary of(Issue issue) {
        TicketStatus t = issue.ticket();
        boolean routed = issue.state() == IssueState.ROUTED;
        return new IssueSummary(issue.id(), issue.enterprise().uscc(), issue.title(), issue.state(),
                routed && t != null ? t.state() : issue.state().name(),
                issue.classification() == null ? null : issue.classification().category(),
                issue.currentDepartment(),
                !routed ? null : t != null ? t.acceptDue() : issue.routing().acceptDue(),
                !routed ? null : t != null ? t.resolveDue() : issue.routing().resolveDue(),
                routed && t != null ? t.light() : null,
                issue.duplicate() == null ? null : issue.duplicate().originalIssueId(),
                issue.reportedAt(), issue.version());
    }
}
