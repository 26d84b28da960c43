package gov.enterprise.visit.shared;

/**
 * The record does not exist, or the caller may not know that it does: both answer the same, so a refusal never
 * reveals existence.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail, null, false, false);
    }
}
