package gov.enterprise.intake.issue.web;

import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.issue.DuplicateLink;
import gov.enterprise.intake.issue.HistoryEntry;
import gov.enterprise.intake.issue.Issue;
import gov.enterprise.intake.issue.IssueState;
import gov.enterprise.intake.issue.ReturnRecord;
import gov.enterprise.intake.issue.TicketStatus;
import gov.enterprise.intake.routing.RoutingDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issue as the app shows it: the report, where it stands (intake's state and, once routed, its ticket's),
 * the department and deadlines in force, why each decision was made, and its history.
 *
 * @param status     the one word to show: the ticket's state while the issue is routed, else intake's state
 * @param department the department now responsible, or null
 * @param acceptDue  the acceptance deadline in force (the ticket's after an extension or transfer)
 * @param resolveDue the resolution deadline in force
 */
public record IssueView(String issueId, Enterprise enterprise, String title, String description, String categoryHint,
                        String channel, String visitId, String reportedBy, Instant reportedAt, IssueState state,
                        String status, String category, ClassificationView classification, String department,
                        LocalDate acceptDue, LocalDate resolveDue, RoutingView routing, TicketStatus ticket,
                        TriageView triage, DuplicateLink duplicate, List<String> mergedDuplicates,
                        List<ReturnRecord> returns, String rejectionReason, long version,
                        List<HistoryEntry> history) {

    public record ClassificationView(String category, Classification.Method method, String reason) {
    }

    public record RoutingView(String category, String leadDepartment, List<String> coDepartments, String priority,
                              LocalDate acceptDue, LocalDate resolveDue, boolean provisionalDeadlines,
                              String decidedBy, String ruleId, Integer ruleVersion, String reason,
                              Instant routedAt) {
    }

    /** Why the issue waits for a person, and what the person may do. */
    public record TriageView(String reason, List<String> allowedActions) {
    }

    public static IssueView of(Issue issue, List<HistoryEntry> history, List<String> mergedDuplicates) {
        Classification c = issue.classification();
        RoutingDecision r = issue.routing();
        TicketStatus t = issue.ticket();
        boolean routed = issue.state() == IssueState.ROUTED;
        return new IssueView(issue.id(), issue.enterprise(), issue.title(), issue.description(), issue.categoryHint(),
                issue.channel().name(), issue.visitId(), issue.reportedBy(), issue.reportedAt(), issue.state(),
                routed && t != null ? t.state() : issue.state().name(),
                c == null ? null : c.category(),
                c == null ? null : new ClassificationView(c.category(), c.method(), c.reason()),
                issue.currentDepartment(),
                !routed ? null : t != null ? t.acceptDue() : r.acceptDue(),
                !routed ? null : t != null ? t.resolveDue() : r.resolveDue(),
                r == null ? null : new RoutingView(r.category(), r.leadDepartment(), r.coDepartments(),
                        r.priority().name(), r.acceptDue(), r.resolveDue(), r.provisional(), r.decidedBy(),
                        r.ruleId(), r.ruleVersion(), r.reason(), r.routedAt()),
                t,
                issue.state() == IssueState.TRIAGE ? new TriageView(issue.triageReason(), issue.allowedActions())
                        : null,
                issue.duplicate(), mergedDuplicates, issue.returns(), issue.rejectionReason(), issue.version(),
                history);
    }
}
