package gov.enterprise.intake.issue;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Which issues a list shows, one page at a time.
 *
 * @param scope          whose issues
 * @param scopeValue     the USCC, cadre id or department code the scope needs, else null
 * @param uscc           narrows to one enterprise, or null
 * @param state          narrows to one state, or null
 * @param includeMerged  also list repeats merged into their original (not counted otherwise)
 * @param regions        narrows to enterprises in these regions, or null for any
 * @param cursor         where the previous page ended, or null for the first page
 */
public record IssueQuery(Scope scope, String scopeValue, String uscc, IssueState state, boolean includeMerged,
                         Set<String> regions, String cursor, int limit) {

    public enum Scope {
        /** One enterprise's issues (an enterprise contact's own). */
        ENTERPRISE,
        /** The issues of the enterprises paired with a cadre. */
        PAIRED_WITH_CADRE,
        /** The issues a department now leads. */
        DEPARTMENT,
        /** Every issue (operators, triage, administrators). */
        ALL,
        /** The triage queue, oldest first. */
        TRIAGE_QUEUE
    }

    public static final int MAX_LIMIT = 200;

    public IssueQuery {
        requireNonNull(scope, "scope");
        regions = regions == null ? null : Set.copyOf(regions);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        }
    }
}
