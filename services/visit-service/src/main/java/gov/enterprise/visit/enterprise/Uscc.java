package gov.enterprise.visit.enterprise;

import gov.enterprise.security.UnifiedSocialCreditCode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An enterprise's unified social credit code (统一社会信用代码, GB 32100-2015), verified and in upper case.
 *
 * <pre>
 *  9 1 331002 MA2AXXXX 4 3
 *  │ │ │      │        │ └ check character over the first 17, mod 31 (shared check of web-security)
 *  │ │ │      └────────┴── organisation code (主体标识码, GB 11714): 8 characters and their mod-11 check
 *  │ │ └────────────────── region of the registration authority (GB/T 2260), 6 digits
 *  │ └──────────────────── type of organisation within that authority
 *  └────────────────────── registration authority (9 = market regulation, the usual one for enterprises)
 * </pre>
 *
 * Length, alphabet and the final check character are the shared {@link UnifiedSocialCreditCode} check (the one
 * enterprise subjects are parsed with); the structure in between is checked here.
 */
public record Uscc(String value) implements Comparable<Uscc> {

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

    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

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
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
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
        String why = UnifiedSocialCreditCode.reject(code);
        if (why != null) {
            return why;
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
        if (!region.chars().allMatch(Character::isDigit)) {
            return "region code '" + region + "' (characters 3 to 8) must be 6 digits";
        }
        if (!PROVINCES.contains(region.substring(0, 2))) {
            return "region code '" + region + "' (characters 3 to 8) names no province";
        }
        char expected = organisationCheck(code.substring(8, 16));
        if (code.charAt(16) != expected) {
            return "organisation code '" + code.substring(8, 17) + "' (characters 9 to 17) has check character '"
                    + code.charAt(16) + "', expected '" + expected + "'";
        }
        return null;
    }

    /** The GB 11714 check character of an organisation code's first 8 characters (digits 0-9, letters 10-35). */
    static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
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
