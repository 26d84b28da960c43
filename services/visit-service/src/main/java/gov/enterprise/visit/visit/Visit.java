package gov.enterprise.visit.visit;

import static java.util.Objects.requireNonNull;

import gov.enterprise.visit.enterprise.Uscc;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded visit (走访): a cadre's visit, call or meeting with an enterprise and the issues it raised. A visit with
 * no issues is normal and counts.
 *
 * @param fingerprint digest of the request that recorded it, to tell a retry from a different visit under the same id
 */
public record Visit(UUID visitId, Uscc uscc, String cadreId, Instant visitedAt, Mode mode, String summary,
                    List<RaisedIssue> issues, Instant recordedAt, String fingerprint) {

    public Visit {
        requireNonNull(visitId, "visitId");
        requireNonNull(uscc, "uscc");
        requireNonNull(cadreId, "cadreId");
        requireNonNull(visitedAt, "visitedAt");
        requireNonNull(mode, "mode");
        requireNonNull(summary, "summary");
        issues = List.copyOf(issues);
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(fingerprint, "fingerprint");
    }

    public List<UUID> issueIds() {
        return issues.stream().map(RaisedIssue::issueId).toList();
    }
}
