package gov.enterprise.intake.issue;

import static java.util.Objects.requireNonNull;

/**
 * A report through the API: by an enterprise contact for its own enterprise, or by an operator for any.
 *
 * @param issueId chosen by the client so that a retry is recognised, or null for a fresh id
 */
public record ReportIssue(String issueId, String uscc, String title, String description, String categoryHint,
                          Channel channel, String reportedBy) {

    public ReportIssue {
        requireNonNull(uscc, "uscc");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
        requireNonNull(channel, "channel");
        requireNonNull(reportedBy, "reportedBy");
    }
}
