package gov.enterprise.visit.enterprise;

import gov.enterprise.security.UnifiedSocialCreditCode;

/**
 * An enterprise's unified social credit code (统一社会信用代码, GB 32100-2015), verified and in upper case. The rule
 * (alphabet, authority and type codes, region, organisation code and both check characters) is the one every
 * service shares, {@link UnifiedSocialCreditCode}; this value only carries a code that passed it.
 */
public record Uscc(String value) implements Comparable<Uscc> {

    public Uscc {
        String why = reject(value);
        if (why != null) {
            throw new IllegalArgumentException("'" + value + "' is not a unified social credit code: " + why);
        }
    }

    /** The code as typed by a person: surrounding blanks removed, lower case accepted. */
    public static Uscc parse(String raw) {
        return new Uscc(normalise(raw));
    }

    public static String normalise(String raw) {
        return UnifiedSocialCreditCode.normalise(raw);
    }

    /** Why {@code raw} (normalised first) is not a valid code, or null. */
    public static String rejectRaw(String raw) {
        return reject(normalise(raw));
    }

    /** Why {@code code} (already upper case) is not a valid code: a short reason for an error message, or null. */
    public static String reject(String code) {
        if (code == null || code.isEmpty()) {
            return "is required";
        }
        return UnifiedSocialCreditCode.reject(code);
    }

    /** The region code of the registration authority (not necessarily where the enterprise is filed). */
    public String registrationRegion() {
        return value.substring(2, 8);
    }

    @Override
    public int compareTo(Uscc other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
