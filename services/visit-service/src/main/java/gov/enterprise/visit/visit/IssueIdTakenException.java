package gov.enterprise.visit.visit;

/** An issue id of the request already names an issue raised in another visit. */
public class IssueIdTakenException extends RuntimeException {

    public IssueIdTakenException() {
        super("An issue id of this visit was already used for an issue of another visit", null, false, false);
    }
}
