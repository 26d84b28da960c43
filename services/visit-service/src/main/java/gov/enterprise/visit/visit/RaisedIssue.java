package gov.enterprise.visit.visit;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * An issue the enterprise raised during a visit, with the id it keeps as an intake issue and a resolution ticket.
 *
 * @param categoryHint the cadre's guess at the category code, or null
 */
public record RaisedIssue(UUID issueId, String title, String description, String categoryHint) {

    public RaisedIssue {
        requireNonNull(issueId, "issueId");
        requireNonNull(title, "title");
        requireNonNull(description, "description");
    }
}
