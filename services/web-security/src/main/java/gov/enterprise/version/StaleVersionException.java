package gov.enterprise.version;

/**
 * A change was asked of a record that is no longer at a version its {@link VersionCondition} admits (another change
 * came first). Plain Java, thrown by domain code; every service answers it the same way: {@code 412} with the
 * record's current entity tag and {@code currentVersion}.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    /**
     * @param record   the record, for the message ({@code "Issue 7f3a"}, {@code "The LAND dictionary"})
     * @param expected what the change was conditioned on
     */
    public StaleVersionException(String record, VersionCondition expected, long currentVersion) {
        super(record + " is at version " + currentVersion + "; If-Match asked for " + expected, null, false, false);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
