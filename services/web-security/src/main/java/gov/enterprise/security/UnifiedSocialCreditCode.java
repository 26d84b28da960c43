package gov.enterprise.security;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: the one rule every service checks codes with,
 * whether they arrive in a request body, a path or an {@code enterprise:<uscc>} subject.
 *
 * <pre>
 *  9 1 350100 M000100Y 4 3
 *  │ │ │      │        │ └ check character over the first 17: weights 3^i mod 31, in the code's alphabet
 *  │ │ │      └────────┴── organisation code (主体标识码, GB 11714): 8 characters and their mod-11 check
 *  │ │ └────────────────── region of the registration authority (GB/T 2260), 6 digits
 *  │ └──────────────────── type of organisation within that authority
 *  └────────────────────── registration authority (9 = market regulation, the usual one for enterprises)
 * </pre>
 *
 * Codes are compared in upper case; {@link #normalise} turns what a person typed into that form first.
 */
public final class UnifiedSocialCreditCode {

    public static final int LENGTH = 18;

    // the 31 characters of the code's alphabet, in value order (I, O, Z, S and V are never used)
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * Registration authorities and the organisation types each assigns: GB 32100-2015 Annex A (1 机构编制, 5 民政,
     * 9 工商, Y 其他) plus the authorities admitted to the scheme since (2 外交, 3 司法行政, 4 文化, 6 旅游, 7 宗教,
     * 8 工会, A 军队, N 农业), so that no real code is refused.
     */
    private static final Map<Character, String> TYPES_BY_AUTHORITY = Map.ofEntries(
            Map.entry('1', "1239"), Map.entry('2', "19"), Map.entry('3', "123459"), Map.entry('4', "19"),
            Map.entry('5', "1239"), Map.entry('6', "129"), Map.entry('7', "129"), Map.entry('8', "19"),
            Map.entry('9', "123"), Map.entry('A', "19"), Map.entry('N', "1239"), Map.entry('Y', "1"));

    /** GB/T 2260 province-level prefixes, and 10 for authorities at national level (e.g. 91100000...). */
    private static final Set<String> PROVINCES = Set.of("10", "11", "12", "13", "14", "15", "21", "22", "23", "31",
            "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65", "71", "81", "82");

    private UnifiedSocialCreditCode() {
    }

    /** The code as a person may type it: surrounding blanks removed, lower case turned upper. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code code} (upper case) is a valid USCC. */
    public static boolean isValid(String code) {
        return reject(code) == null;
    }

    /**
     * Why {@code code} (upper case; {@link #normalise} first what a person typed) is not a valid USCC: a short
     * reason fit for an error message, naming the first fault from the left, or {@code null} when it is valid.
     */
    public static String reject(String code) {
        if (code == null || code.length() != LENGTH) {
            return "must be 18 characters";
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "character '" + code.charAt(i) + "' at position " + (i + 1) + " is not allowed";
            }
        }
        char authority = code.charAt(0);
        String types = TYPES_BY_AUTHORITY.get(authority);
        if (types == null) {
            return "registration authority code '" + authority + "' (1st character) is not assigned";
        }
        if (types.indexOf(code.charAt(1)) < 0) {
            return "organisation type '" + code.charAt(1) + "' (2nd character) does not exist for registration"
                    + " authority '" + authority + "'";
        }
        String region = code.substring(2, 8);
        if (!region.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "region code '" + region + "' (characters 3 to 8) must be 6 digits";
        }
        if (!PROVINCES.contains(region.substring(0, 2))) {
            return "region code '" + region + "' (characters 3 to 8) names no province";
        }
        char organisationCheck = organisationCheckCharacter(code.substring(8, 16));
        if (code.charAt(16) != organisationCheck) {
            return "organisation code '" + code.substring(8, 17) + "' (characters 9 to 17) has check character '"
                    + code.charAt(16) + "', expected '" + organisationCheck + "'";
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17) ? null : "check digit does not match";
    }

    /** The check character (the 18th) of a code's first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first 17 characters of a code");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not allowed");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character (the 17th of a USCC) of an organisation code's 8 characters: digits count
     * 0-9, letters 10-35; 11 - sum mod 11, where 10 is written X and 11 is 0.
     */
    public static char organisationCheckCharacter(String body) {
        if (body == null || body.length() != 8) {
            throw new IllegalArgumentException("need the 8 characters of an organisation code before its check");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
            if (value < 0) {
                throw new IllegalArgumentException("character '" + c + "' is not allowed");
            }
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
