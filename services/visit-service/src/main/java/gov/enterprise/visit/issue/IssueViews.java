package gov.enterprise.visit.issue;

import gov.enterprise.visit.enterprise.Uscc;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored view of enterprises' issues. Writes happen inside the caller's (the event's) transaction. */
public interface IssueViews {

    /**
     * Locks these issues as {@link #lock} does, all at once, and keeps them for the transaction: the events of a poll
     * then find their issue without a round trip each. Outside a transaction it does nothing.
     */
    void lockAll(List<String> issueIds);

    /** The issue, locked against concurrent updates from the other topic until the transaction ends. */
    Optional<EnterpriseIssue> lock(String issueId);

    /** Stores the issue, locked in this transaction; inside one, possibly only just before it commits. */
    void save(EnterpriseIssue issue);

    /** The enterprise's issues, newest first, including those raised in visits that intake has not reported yet. */
    List<EnterpriseIssue> ofEnterprise(Uscc uscc, int limit);

    /** The open issues of these enterprises, oldest first. */
    List<EnterpriseIssue> openOf(Collection<Uscc> usccs);

    /** These issues as far as known (those raised in visits but not reported yet have status {@code RAISED}). */
    List<EnterpriseIssue> find(Collection<String> issueIds);
}
