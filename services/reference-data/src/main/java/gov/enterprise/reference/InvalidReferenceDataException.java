package gov.enterprise.reference;

/** Reference data that cannot be right; the message names the line or the entry at fault. */
public class InvalidReferenceDataException extends RuntimeException {

    public InvalidReferenceDataException(String message) {
        super(message);
    }
}
