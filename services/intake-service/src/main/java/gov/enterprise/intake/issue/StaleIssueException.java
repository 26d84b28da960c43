package gov.enterprise.intake.issue;

/** The issue changed since the caller read it (another officer acted first). */
public class StaleIssueException extends RuntimeException {

    private final long currentVersion;

    public StaleIssueException(String issueId, long expected, long currentVersion) {
        super("Issue " + issueId + " is at version " + currentVersion + ", not " + expected);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
