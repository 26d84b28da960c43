package gov.enterprise.intake.issue;

import gov.enterprise.intake.duplicate.DuplicateCandidate;
import gov.enterprise.version.StaleVersionException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored issues. */
public interface Issues {

    Optional<Issue> find(String issueId);

    /** The issue, locked until the end of the transaction, for a change. */
    Optional<Issue> lock(String issueId);

    /**
     * Locks those of these issues that are stored, in one round trip and in the order given, and holds them for the
     * rest of the transaction: {@link #lock} then answers from what it holds, and {@link #update} of an issue it holds
     * writes nothing until just before the commit, when every changed issue is written once, all in one round trip.
     * For a batch of changes to many issues in one transaction; outside a transaction it does nothing.
     */
    void lockAll(List<String> issueIds);

    /** Stores a new issue with its history; false (and nothing stored) if the id is taken. */
    boolean insert(Issue issue);

    /**
     * Stores the changes of a locked issue and its new history lines; returns the new version. An issue held since
     * {@link #lockAll} is written just before the commit, once however often it changed.
     *
     * @throws StaleVersionException if another change was stored since it was read
     */
    long update(Issue issue);

    /**
     * The enterprise's issues reported since {@code since} that could be the original of a repeat: neither merged,
     * rejected nor themselves waiting for a duplicate verdict.
     */
    List<DuplicateCandidate> duplicateCandidates(String uscc, Instant since, String excludingIssueId);

    List<HistoryEntry> history(String issueId);

    /** The repeats confirmed and merged into {@code originalIssueId}. */
    List<String> mergedInto(String originalIssueId);

    IssuePage search(IssueQuery query);
}
