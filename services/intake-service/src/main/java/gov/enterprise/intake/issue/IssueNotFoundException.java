package gov.enterprise.intake.issue;

/** No issue with this id (or none the caller may know of). */
public class IssueNotFoundException extends RuntimeException {

    public IssueNotFoundException(String issueId) {
        super("No issue " + issueId);
    }
}
