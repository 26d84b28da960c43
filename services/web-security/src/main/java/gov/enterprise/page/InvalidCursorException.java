package gov.enterprise.page;

/** A cursor this API did not give out; services answer it with a 400 naming {@code cursor}. */
public final class InvalidCursorException extends IllegalArgumentException {

    public InvalidCursorException() {
        super("is not a cursor this API returned");
    }
}
