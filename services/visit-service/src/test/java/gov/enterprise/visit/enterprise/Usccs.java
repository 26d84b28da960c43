package gov.enterprise.visit.enterprise;

import gov.enterprise.security.UnifiedSocialCreditCode;

/** Valid unified social credit codes for tests, and codes broken in one known way. */
public final class Usccs {

    private Usccs() {
    }

    /** The {@code n}th code of an enterprise registered by the market regulator of 椒江区 (331002). */
    public static String code(int n) {
        return code("91", "331002", String.format("%08d", n));
    }

    /** A code with the given authority and type, region and 8-character organisation code body, all checks right. */
    public static String code(String authorityAndType, String region, String organisationBody) {
        String first17 = authorityAndType + region + organisationBody + Uscc.organisationCheck(organisationBody);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** {@code code} with a check character that does not match. */
    public static String withWrongCheckCharacter(String code) {
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }
}
