package gov.enterprise.visit.file.web;

import gov.enterprise.visit.issue.EnterpriseIssue;
import gov.enterprise.visit.issue.TicketState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An enterprise's issue with its current status, department and traffic light.
 *
 * @param status {@code RAISED} (in a visit, not yet reported by intake), {@code REPORTED}, {@code ROUTED},
 *               {@code TRIAGE}, {@code DUPLICATE}, {@code REJECTED}, or the ticket's state
 */
public record IssueView(String issueId, String title, String channel, String visitId, String reportedBy,
                        Instant reportedAt, String status, boolean open, String category, String department,
                        String light, LocalDate acceptDue, LocalDate resolveDue, Integer escalationLevel,
                        String outcome, Instant statusAt) {

    public static IssueView of(EnterpriseIssue issue) {
        TicketState ticket = issue.currentTicket();
        return new IssueView(issue.issueId(), issue.title(), issue.channel(), issue.visitId(), issue.reportedBy(),
                issue.reportedAt(), issue.status(), issue.open(), issue.category(), issue.department(),
                issue.light(), ticket == null ? null : ticket.acceptDue(), ticket == null ? null : ticket.resolveDue(),
                ticket == null ? null : ticket.escalationLevel(), ticket == null ? null : ticket.outcome(),
                issue.statusAt());
    }
}
