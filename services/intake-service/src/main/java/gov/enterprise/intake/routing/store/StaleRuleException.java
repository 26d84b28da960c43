package gov.enterprise.intake.routing.store;

/** The rule changed since the administrator read it. */
public class StaleRuleException extends RuntimeException {

    private final int currentVersion;

    public StaleRuleException(String ruleId, long expected, int currentVersion) {
        super("Rule " + ruleId + " is at version " + currentVersion + ", not " + expected);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
