package gov.enterprise.contracts.visit;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;
import java.util.List;

/**
 * A cadre visited (or called, or met) an enterprise, with the issues the enterprise raised, each already carrying the
 * id it will keep as an issue and a ticket, so intake creates them without calling back. A visit without issues is
 * normal and counts as a visit.
 *
 * @param mode {@code ON_SITE}, {@code PHONE} or {@code MEETING}
 */
public record VisitRecordedV1(String visitId, EnterpriseFacts enterprise, String cadreId, Instant visitedAt,
                              String mode, String summary, List<RaisedIssue> issues, Instant recordedAt) {

    public VisitRecordedV1 {
        requireNonNull(visitId, "visitId");
        requireNonNull(enterprise, "enterprise");
        requireNonNull(cadreId, "cadreId");
        requireNonNull(visitedAt, "visitedAt");
        requireNonNull(mode, "mode");
        issues = issues == null ? List.of() : List.copyOf(issues);
        requireNonNull(recordedAt, "recordedAt");
    }

    /** @param categoryHint the cadre's guess at the category code, or null */
    public record RaisedIssue(String issueId, String title, String description, String categoryHint) {

        public RaisedIssue {
            requireNonNull(issueId, "issueId");
            requireNonNull(title, "title");
            requireNonNull(description, "description");
        }
    }
}
