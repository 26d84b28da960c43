package gov.enterprise.visit.enterprise;

import gov.enterprise.version.VersionCondition;

/** A change was based on an older version of the file than the stored one. */
public class StaleEnterpriseException extends RuntimeException {

    private final long currentVersion;

    public StaleEnterpriseException(Uscc uscc, VersionCondition expected, long currentVersion) {
        super("Enterprise " + uscc + " is at version " + currentVersion + "; If-Match asked for " + expected,
                null, false, false);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
