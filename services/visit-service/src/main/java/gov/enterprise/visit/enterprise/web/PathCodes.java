package gov.enterprise.visit.enterprise.web;

import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.web.problem.Problems;

/** A USCC in a path: normalised, or a 400 naming {@code uscc} with the reason. */
public final class PathCodes {

    private PathCodes() {
    }

    public static Uscc uscc(String value) {
        String why = Uscc.rejectRaw(value);
        if (why != null) {
            throw Problems.invalid("uscc", why);
        }
        return Uscc.parse(value);
    }
}
