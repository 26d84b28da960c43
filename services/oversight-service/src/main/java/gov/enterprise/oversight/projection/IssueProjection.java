package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.config.OversightProperties;
import gov.enterprise.oversight.figure.Contribution;
import gov.enterprise.oversight.figure.IssueChange;
import gov.enterprise.oversight.figure.IssueRecord;
import gov.enterprise.oversight.live.ReadModelChanges;
import gov.enterprise.oversight.readmodel.Generation;
import gov.enterprise.oversight.readmodel.Generations;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the issue read models up to date: merges a change into the issue's record and adds the difference it makes
 * to the cube, in every generation being written, in the caller's transaction (the listener's, which also records
 * the event id). Redelivered or stale changes teach the record nothing and change nothing.
 */
@Service
public class IssueProjection {

    private final Generations generations;
    private final IssueStore issues;
    private final CubeStore cube;
    private final ReadModelChanges changes;
    private final ZoneId zone;

    public IssueProjection(Generations generations, IssueStore issues, CubeStore cube, ReadModelChanges changes,
                           OversightProperties properties) {
        this.generations = generations;
        this.issues = issues;
        this.cube = cube;
        this.changes = changes;
        this.zone = properties.zone();
    }

    @Transactional
    public void apply(IssueChange change) {
        boolean changed = false;
        for (Generation generation : generations.writable()) {
            changed |= applyTo(generation, change);
        }
        if (changed) {
            changes.signal();
        }
    }

    /**
     * Locks the rows of these issues (a listener's poll) in every generation being written, in one statement each,
     * before their changes are applied one by one in the same transaction.
     */
    @Transactional
    public void prepare(List<String> issueIds) {
        for (Generation generation : generations.writable()) {
            issues.lockAll(generation, issueIds);
        }
    }

    /** Applies the change to one generation; false when it changed nothing there. */
    @Transactional
    public boolean applyTo(Generation generation, IssueChange change) {
        IssueRecord before = issues.lock(generation, change.issueId());
        IssueRecord after = before.copy();
        if (!after.apply(change)) {
            return false;
        }
        issues.save(generation, after, zone);
        cube.add(generation, Contribution.difference(before, after, zone));
        return true;
    }
}
