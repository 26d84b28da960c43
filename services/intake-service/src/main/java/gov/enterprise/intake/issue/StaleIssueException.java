package gov.enterprise.intake.issue;

import gov.enterprise.version.VersionCondition;

/** The issue changed since the caller read it (another officer acted first). */
public class StaleIssueException extends RuntimeException {

    private final long currentVersion;

    public StaleIssueException(String issueId, VersionCondition expected, long currentVersion) {
        super("Issue " + issueId + " is at version " + currentVersion + "; If-Match asked for " + expected);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
