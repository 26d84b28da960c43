package gov.enterprise.contracts.envelope;

/**
 * A record that cannot be read as an event of the catalogue: retrying will not help, so consumers dead-letter it
 * at once with {@link #getMessage()} as the reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
