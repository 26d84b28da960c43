package gov.enterprise.visit.shared.web;

import gov.enterprise.web.problem.Problems;

/** How many items a page of a listing may have. */
public final class PageSize {

    private PageSize() {
    }

    /** A page size between 1 and {@code max}; 400 naming {@code limit} otherwise. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw Problems.invalid("limit", "must be 1 to " + max);
        }
        return limit;
    }
}
