package gov.enterprise.intake.issue.web;

import gov.enterprise.intake.issue.IssueNotFoundException;
import gov.enterprise.intake.issue.IssueStateException;
import gov.enterprise.intake.issue.StaleIssueException;
import gov.enterprise.web.problem.ProblemException;
import gov.enterprise.web.problem.Problems;
import java.util.function.Supplier;

/** How the issue API refuses: the domain's refusals as RFC 9457 problems. */
public final class IssueProblems {

    private IssueProblems() {
    }

    /** Runs {@code action}, turning the domain's refusals into problems. */
    public static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (IssueNotFoundException e) {
            throw Problems.notFound(e.getMessage());
        } catch (IssueStateException e) {
            throw Problems.conflict("issue-state", e.getMessage())
                    .with("state", e.state().name())
                    .with("allowedActions", e.allowedActions());
        } catch (StaleIssueException e) {
            throw Problems.preconditionFailed(e.getMessage()).withHeader("ETag", etag(e.currentVersion()));
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version in an {@code If-Match} header ({@code "7"}, {@code W/"7"} or {@code 7}); null when absent, since
     * intake's actions take it as an optional guard.
     */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalidIfMatch(ifMatch);
        }
    }

    private static ProblemException invalidIfMatch(String ifMatch) {
        return Problems.invalid("If-Match", "'" + ifMatch + "' is not an issue version such as \"3\"");
    }
}
