package gov.enterprise.visit.visit;

import java.util.UUID;

/** A visit id already names a visit recorded from a different request. */
public class VisitIdReusedException extends RuntimeException {

    private final UUID visitId;

    public VisitIdReusedException(UUID visitId) {
        super("Visit id " + visitId + " was already used for a different visit; a retry must repeat the first"
                + " request exactly", null, false, false);
        this.visitId = visitId;
    }

    public UUID visitId() {
        return visitId;
    }
}
