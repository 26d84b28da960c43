package gov.enterprise.visit.shared;

/** The caller may not do this; the message never says whether the record it names exists. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail, null, false, false);
    }
}
