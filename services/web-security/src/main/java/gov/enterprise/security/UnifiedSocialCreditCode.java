package gov.enterprise.security;

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority, type, region,
 * organisation code, then a check digit over the first 17 characters (weights 3^i mod 31).
 * Shared because enterprise subjects carry one; services validating request bodies use the same rule.
 */
public final class UnifiedSocialCreditCode {

    // the 31 characters of the code's alphabet, in value order (I, O, Z, S and V are never used)
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Whether {@code code} is a well-formed USCC with a matching check digit. */
    public static boolean isValid(String code) {
        return reject(code) == null;
    }

    /** Why {@code code} is not a valid USCC (a short reason fit for an error message), or {@code null}. */
    public static String reject(String code) {
        if (code == null || code.length() != 18) {
            return "must be 18 characters";
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return "character '" + code.charAt(i) + "' at position " + (i + 1) + " is not allowed";
            }
            if (i < 17) {
                sum += value * WEIGHTS[i];
            }
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check) == code.charAt(17) ? null : "check digit does not match";
    }

    /** The check character for the first 17 characters of a code (handy for building test data). */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters of a code");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not allowed");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
