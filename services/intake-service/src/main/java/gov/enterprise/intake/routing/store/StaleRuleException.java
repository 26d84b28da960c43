package gov.enterprise.intake.routing.store;

import gov.enterprise.version.VersionCondition;

/** The rule changed since the administrator read it. */
public class StaleRuleException extends RuntimeException {

    private final int currentVersion;

    public StaleRuleException(String ruleId, VersionCondition expected, int currentVersion) {
        super("Rule " + ruleId + " is at version " + currentVersion + "; If-Match asked for " + expected);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
