package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;

/**
 * An enterprise's issue was collected: raised during a visit, or reported by the enterprise or an operator.
 *
 * @param channel      {@code VISIT}, {@code APP}, {@code HOTLINE} or {@code WEB}
 * @param visitId      the visit it was raised in, or null
 * @param categoryHint the reporter's guess at the category code, or null
 * @param reportedBy   the subject who reported it, e.g. {@code cadre:c-17}
 */
public record IssueReportedV1(String issueId, EnterpriseFacts enterprise, String title, String description,
                              String categoryHint, String channel, String visitId, String reportedBy,
                              Instant reportedAt) {

    public IssueReportedV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(enterprise, "enterprise");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(channel, "channel");
        requireNonNull(reportedBy, "reportedBy");
        requireNonNull(reportedAt, "reportedAt");
    }
}
