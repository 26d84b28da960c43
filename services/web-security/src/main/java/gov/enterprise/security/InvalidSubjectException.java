package gov.enterprise.security;

/** A subject string that does not follow the grammar ({@code <kind>:<scope>} or {@code admin}). */
public class InvalidSubjectException extends IllegalArgumentException {

    public InvalidSubjectException(String reason) {
        super(reason);
    }
}
