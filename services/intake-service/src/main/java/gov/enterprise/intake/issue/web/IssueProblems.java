package gov.enterprise.intake.issue.web;

import gov.enterprise.intake.issue.IssueNotFoundException;
import gov.enterprise.intake.issue.IssueStateException;
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
        }
    }
}
