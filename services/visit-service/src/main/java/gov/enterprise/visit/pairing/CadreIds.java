package gov.enterprise.visit.pairing;

import gov.enterprise.security.InvalidSubjectException;
import gov.enterprise.security.Subject;

/** Cadre ids follow the grammar of {@code cadre:<id>} token subjects, so any id stored can sign in. */
public final class CadreIds {

    private CadreIds() {
    }

    /** Why {@code cadreId} is not a cadre id, or null. */
    public static String reject(String cadreId) {
        try {
            Subject.cadre(cadreId);
            return null;
        } catch (InvalidSubjectException e) {
            return "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
        }
    }
}
