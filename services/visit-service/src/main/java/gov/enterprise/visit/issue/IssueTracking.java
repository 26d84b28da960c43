package gov.enterprise.visit.issue;

import gov.enterprise.visit.shared.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Keeps the issue view current from what intake and resolution publish. */
public class IssueTracking {

    private final IssueViews views;
    private final Transactions transactions;

    public IssueTracking(IssueViews views, Transactions transactions) {
        this.views = views;
        this.transactions = transactions;
    }

    /** The issues a poll of events is about, locked at once before its events are applied one by one. */
    public void preparing(List<String> issueIds) {
        transactions.run(() -> views.lockAll(issueIds));
    }

    public void reported(String issueId, String uscc, String title, String channel, String visitId,
                         String reportedBy, Instant reportedAt, Instant at) {
        update(issueId, uscc, "REPORTED", at,
                issue -> issue.reported(title, channel, visitId, reportedBy, reportedAt, at));
    }

    public void intakeState(String issueId, String uscc, String state, String category, String department,
                            Instant at) {
        update(issueId, uscc, state, at, issue -> issue.intakeState(state, category, department, at));
    }

    /**
     * An intake fact about an issue that names no enterprise, applied to the issue as known.
     *
     * @return false, with nothing changed, when the issue is not known: its report (which names the enterprise)
     *         was not applied before it, which its key's order promises
     */
    public boolean intakeStateOfKnown(String issueId, String state, Instant at) {
        return Boolean.TRUE.equals(transactions.inTransaction(() -> views.lock(issueId)
                .map(issue -> {
                    views.save(issue.intakeState(state, null, null, at));
                    return true;
                })
                .orElse(false)));
    }

    public void ticket(TicketState ticket, Instant at) {
        update(ticket.issueId(), ticket.uscc(), ticket.state(), at, issue -> issue.ticket(ticket, at));
    }

    private void update(String issueId, String uscc, String status, Instant at,
                        UnaryOperator<EnterpriseIssue> change) {
        transactions.run(() -> {
            EnterpriseIssue current = views.lock(issueId)
                    .orElseGet(() -> EnterpriseIssue.first(issueId, uscc, status, at));
            views.save(change.apply(current));
        });
    }
}
