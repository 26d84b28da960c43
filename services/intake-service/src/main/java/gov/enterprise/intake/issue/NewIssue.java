package gov.enterprise.intake.issue;

import static java.util.Objects.requireNonNull;

import gov.enterprise.intake.enterprise.Enterprise;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An issue as reported, before intake decides anything about it.
 *
 * @param visitId    the visit it was raised in, or null
 * @param reportedBy the reporting subject, e.g. {@code cadre:c-17} or {@code enterprise:<uscc>}
 */
public record NewIssue(String issueId, Enterprise enterprise, String title, String description, String categoryHint,
                       Channel channel, String visitId, String reportedBy, Instant reportedAt) {

    public NewIssue {
        requireNonNull(issueId, "issueId");
        requireNonNull(enterprise, "enterprise");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        categoryHint = categoryHint == null || categoryHint.isBlank() ? null : categoryHint.strip();
        requireNonNull(channel, "channel");
        requireNonNull(reportedBy, "reportedBy");
        // the database keeps microseconds: the time published is the time stored
        reportedAt = requireNonNull(reportedAt, "reportedAt").truncatedTo(ChronoUnit.MICROS);
    }

    public NewIssue withIssueId(String otherId) {
        return new NewIssue(otherId, enterprise, title, description, categoryHint, channel, visitId, reportedBy,
                reportedAt);
    }

    /**
     * Whether {@code issue} is this very report, received before: a retry must get the first answer, while the same
     * id for a different matter is a client error.
     */
    public boolean sameReportAs(Issue issue) {
        return issueId.equals(issue.id())
                && enterprise.uscc().equals(issue.enterprise().uscc())
                && title.equals(issue.title())
                && description.equals(issue.description())
                && Objects.equals(categoryHint, issue.categoryHint())
                && channel == issue.channel()
                && Objects.equals(visitId, issue.visitId());
    }
}
