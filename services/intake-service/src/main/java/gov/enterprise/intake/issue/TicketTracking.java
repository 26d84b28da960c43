package gov.enterprise.intake.issue;

import java.util.List;

/**
 * Keeps each issue's view current from the resolution service's ticket events, and sends a returned issue back to
 * triage with the department's reason.
 */
public final class TicketTracking {

    private final Issues issues;
    private final IssueEventPublisher events;
    private final Transactions transactions;

    public TicketTracking(Issues issues, IssueEventPublisher events, Transactions transactions) {
        this.issues = issues;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * The issues a batch of ticket events is about, in the order the events will be applied: locked at once in the
     * caller's transaction and written once before it commits, instead of a lock, a read and a write per event.
     */
    public void preparing(List<String> issueIds) {
        issues.lockAll(issueIds);
    }

    /** The lead department returned the ticket as misrouted. */
    public void returned(String issueId, ReturnRecord returned, TicketStatus ticketAfter) {
        transactions.inTransaction(() -> {
            Issue issue = issues.lock(issueId).orElseThrow(() -> new IssueNotFoundException(issueId));
            if (issue.hasReturn(returned)) {
                return null; // the same return told twice (a re-sent event): already in triage with its reason
            }
            if (issue.state() != IssueState.ROUTED) {
                throw new IssueStateException("Issue " + issueId + " is " + issue.state()
                        + "; only a routed issue's ticket can be returned", issue.state(), issue.allowedActions());
            }
            IssueSentToTriage fact = issue.returned(returned, ticketAfter);
            issues.update(issue);
            events.publish(fact);
            return null;
        });
    }

    /** Any other ticket event: the ticket's state, department, deadlines and a history line. */
    public void changed(String issueId, TicketStatus status, String kind, String actor, String detail) {
        transactions.inTransaction(() -> {
            Issue issue = issues.lock(issueId).orElseThrow(() -> new IssueNotFoundException(issueId));
            issue.ticketChanged(status, kind, actor, detail, status.updatedAt());
            issues.update(issue);
            return null;
        });
    }
}
