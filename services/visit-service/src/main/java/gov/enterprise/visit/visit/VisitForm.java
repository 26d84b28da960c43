package gov.enterprise.visit.visit;

import gov.enterprise.contracts.IssueText;
import gov.enterprise.reference.Category;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.shared.InvalidInputException;
import gov.enterprise.visit.shared.Validation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** A visit as the app sent it, before validation. */
public record VisitForm(String visitId, String uscc, Instant visitedAt, String mode, String summary,
                        List<IssueForm> issues) {

    public static final int MAX_SUMMARY = 5_000;
    public static final int MAX_ISSUES = 20;

    /** An issue as the app sent it. */
    public record IssueForm(String issueId, String title, String description, String categoryHint) {
    }

    /**
     * The validated command. When a rule of the form fails, the visit time's window at {@code now} is checked too,
     * so that the client hears of every field at fault at once. A form that passes is left to the recording to
     * check the window: a retry of a visit recorded earlier gets its first answer even once the window has closed.
     *
     * @throws InvalidInputException naming every field at fault
     */
    public RecordVisit validate(VisitWindow window, Instant now) {
        var validation = new Validation();
        UUID id = null;
        if (visitId != null) {
            id = Ids.parse(visitId);
            if (id == null) {
                validation.reject("visitId", "must be a UUID such as 0b6f2c1e-6c1a-4f55-9d1e-3f0f6c1b7a10");
            }
        }
        Uscc code = null;
        String why = Uscc.rejectRaw(uscc);
        if (why != null) {
            validation.reject("uscc", why);
        } else {
            code = Uscc.parse(uscc);
        }
        if (visitedAt == null) {
            validation.reject("visitedAt", "is required (an RFC 3339 date-time such as 2026-09-24T10:00:00+08:00)");
        }
        Mode validMode = null;
        if (mode == null || mode.isBlank()) {
            validation.reject("mode", "is required: ON_SITE, PHONE or MEETING");
        } else {
            try {
                validMode = Mode.valueOf(mode.strip());
            } catch (IllegalArgumentException e) {
                validation.reject("mode", "'" + mode + "' is not ON_SITE, PHONE or MEETING");
            }
        }
        String validSummary = validation.requiredText("summary", summary, MAX_SUMMARY);
        List<RecordVisit.IssueDraft> drafts = issues(validation);
        if (!validation.ok() && visitedAt != null) {
            String outside = window.reject(visitedAt, now);
            if (outside != null) {
                validation.reject("visitedAt", outside);
            }
        }
        validation.throwIfInvalid();
        // the database keeps microseconds: a retry compares equal to what was stored
        return new RecordVisit(id, code, visitedAt.truncatedTo(ChronoUnit.MICROS), validMode, validSummary, drafts);
    }

    private List<RecordVisit.IssueDraft> issues(Validation validation) {
        if (issues == null) {
            return List.of();
        }
        if (issues.size() > MAX_ISSUES) {
            validation.reject("issues", "at most " + MAX_ISSUES + " issues per visit");
            return List.of();
        }
        var drafts = new ArrayList<RecordVisit.IssueDraft>();
        var seen = new HashSet<UUID>();
        for (int i = 0; i < issues.size(); i++) {
            String at = "issues[" + i + "]";
            IssueForm issue = issues.get(i);
            if (issue == null) {
                validation.reject(at, "must be an object");
                continue;
            }
            UUID issueId = null;
            if (issue.issueId() != null) {
                issueId = Ids.parse(issue.issueId());
                if (issueId == null) {
                    validation.reject(at + ".issueId", "must be a UUID");
                } else if (!seen.add(issueId)) {
                    validation.reject(at + ".issueId", "is used by another issue of this visit");
                }
            }
            String title = validation.requiredText(at + ".title", issue.title(), IssueText.MAX_TITLE);
            String description = validation.requiredText(at + ".description", issue.description(),
                    IssueText.MAX_DESCRIPTION);
            String hint = null;
            if (issue.categoryHint() != null && !issue.categoryHint().isBlank()) {
                hint = Category.codeOf(issue.categoryHint()).orElse(null);
                if (hint == null) {
                    validation.reject(at + ".categoryHint", "'" + issue.categoryHint() + "' is not a category code");
                }
            }
            drafts.add(new RecordVisit.IssueDraft(issueId, title, description, hint));
        }
        return drafts;
    }
}
