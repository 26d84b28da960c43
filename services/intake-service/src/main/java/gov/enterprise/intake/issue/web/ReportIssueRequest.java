package gov.enterprise.intake.issue.web;

import gov.enterprise.contracts.IssueText;
import gov.enterprise.web.text.FreeTextField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/issues}.
 *
 * @param issueId chosen by the client (e.g. a UUID) so that a retry gets the first answer; optional
 */
public record ReportIssueRequest(
        @Pattern(regexp = ISSUE_ID, message = "must be 1 to 64 letters, digits, '.', '_', ':' or '-'") String issueId,
        // blanks around it and lower case are accepted: the controller normalises, then applies the shared rule
        @NotBlank @Size(max = 64, message = "must be the 18-character unified social credit code") String uscc,
        @NotBlank @FreeTextField(max = IssueText.MAX_TITLE) String title,
        @NotBlank @FreeTextField(max = IssueText.MAX_DESCRIPTION) String description,
        String categoryHint,
        @NotNull @Pattern(regexp = "APP|HOTLINE|WEB", message = "must be APP, HOTLINE or WEB") String channel) {

    public static final String ISSUE_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
}
