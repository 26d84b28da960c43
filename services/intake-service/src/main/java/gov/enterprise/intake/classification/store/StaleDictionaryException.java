package gov.enterprise.intake.classification.store;

import gov.enterprise.version.VersionCondition;

/** A replacement was based on another version of the dictionary than the stored one. */
public class StaleDictionaryException extends RuntimeException {

    private final int currentVersion;

    public StaleDictionaryException(String category, VersionCondition expected, int currentVersion) {
        super("The " + category + " dictionary is at version " + currentVersion + "; If-Match asked for " + expected);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
