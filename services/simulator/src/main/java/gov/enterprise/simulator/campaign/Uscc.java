package gov.enterprise.simulator.campaign;

import java.util.random.RandomGenerator;

/**
 * Unified social credit codes (GB 32100-2015) as real enterprises have them: registration authority 9 (market
 * regulation), type 1 (enterprise), the county-level region code, the 9-character organisation code (GB 11714, with
 * its own check character), and the check character over the first 17.
 *
 * <p>The simulator runs outside the services and does not carry their libraries, so it generates codes itself; the
 * rule they must pass is web-security's {@code UnifiedSocialCreditCode}, and {@code UsccTest} holds them to it.
 */
public final class Uscc {

    /** The code's alphabet in value order: I, O, Z, S and V are never used. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    // body characters of generated organisation codes: the USCC alphabet (so the code stays valid as a USCC)
    private static final String BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Uscc() {
    }

    /**
     * A code for an enterprise of {@code regionCode}. Enterprises registered since the 2015 reform carry organisation
     * codes starting {@code MA}; older ones keep their all-digit code.
     */
    public static String generate(String regionCode, RandomGenerator random) {
        if (!regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must be 6 digits: " + regionCode);
        }
        var body = new StringBuilder(8);
        if (random.nextDouble() < 0.6) {
            body.append("MA2");
            while (body.length() < 8) {
                body.append(BODY.charAt(random.nextInt(BODY.length())));
            }
        } else {
            body.append((char) ('5' + random.nextInt(3)));
            while (body.length() < 8) {
                body.append((char) ('0' + random.nextInt(10)));
            }
        }
        String organisation = body.toString() + organisationCheck(body.toString());
        String first17 = "91" + regionCode + organisation;
        return first17 + check(first17);
    }

    /** GB 11714: weights 3 7 9 10 5 8 4 2, check 11 - sum mod 11, where 10 is X and 11 is 0. */
    static char organisationCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** GB 32100: weights 3^i mod 31, check 31 - sum mod 31 (31 is 0), in the code's alphabet. */
    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the USCC alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
