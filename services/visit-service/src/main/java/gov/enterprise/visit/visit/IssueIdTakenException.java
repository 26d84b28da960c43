package gov.enterprise.visit.visit;

/** An issue id of the request already names another issue: one raised in another visit, or reported to intake. */
public class IssueIdTakenException extends RuntimeException {

    public IssueIdTakenException() {
        super("An issue id of this visit already names another issue", null, false, false);
    }
}
