package gov.enterprise.oversight.rebuild;

import gov.enterprise.oversight.figure.IssueChange;
import gov.enterprise.oversight.figure.IssueRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The issues of one group of partitions, folded in memory from their changes: the same merge as the live
 * projection, without a database round trip per event.
 */
final class IssueFold {

    private final Map<String, IssueRecord> issues = new HashMap<>();
    private long changes;

    void apply(IssueChange change) {
        issues.computeIfAbsent(change.issueId(), IssueRecord::new).apply(change);
        changes++;
    }

    Collection<IssueRecord> issues() {
        return issues.values();
    }

    long changes() {
        return changes;
    }
}
