package gov.enterprise.web.version;

import gov.enterprise.web.problem.Problems;

/**
 * A record's version as an HTTP entity tag ({@code "7"}) and back from an {@code If-Match} header, for the services'
 * optimistic concurrency: one spelling of the tag and one reading of the header across the API.
 */
public final class EntityVersion {

    private EntityVersion() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an optional {@code If-Match} guard names ({@code "7"}, {@code W/"7"} or {@code 7}); null when the
     * header is absent or {@code *}. Anything else is a 400 naming the header.
     */
    public static Long optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw Problems.invalid("If-Match", "'" + ifMatch + "' is not a version such as \"3\"");
        }
    }
}
