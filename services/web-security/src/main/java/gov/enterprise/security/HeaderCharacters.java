package gov.enterprise.security;

/**
 * The characters the request firewall lets through in header names and values: the rule of Spring Security's
 * {@code StrictHttpFirewall} (assigned code points, no control characters, and in values the tab), checked by one
 * loop over the code points. Spring checks it with a regular expression on every header of every request, the
 * bearer token included: 1.9 % of the visit service's CPU-time samples under load.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** What {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} matches. */
    static boolean isAllowedName(String name) {
        return allowed(name, false);
    }

    /** What {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*} matches. */
    static boolean isAllowedValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL && !(tab && c == '\t')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
