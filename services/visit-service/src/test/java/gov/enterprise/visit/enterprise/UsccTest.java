package gov.enterprise.visit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.security.UnifiedSocialCreditCode;
import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void acceptsRealCodesAndNormalisesLowerCase() {
        assertThat(Uscc.reject("91350100M000100Y43")).isNull();
        assertThat(Uscc.reject("91330000142916567N")).isNull();
        assertThat(Uscc.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.reject(Usccs.code(17))).isNull();
    }

    @Test
    void namesTheReasonOfEachFault() {
        assertThat(Uscc.reject("9135")).isEqualTo("must be 18 characters");
        assertThat(Uscc.reject("91350100M0001O0Y43")).contains("'O'");
        assertThat(Uscc.reject(Usccs.withWrongCheckCharacter("91350100M000100Y43")))
                .isEqualTo("check digit does not match");
        assertThat(Uscc.reject(Usccs.code("B1", "331002", "12345678")))
                .isEqualTo("registration authority code 'B' (1st character) is not assigned");
        assertThat(Uscc.reject(Usccs.code("94", "331002", "12345678")))
                .isEqualTo("organisation type '4' (2nd character) does not exist for registration authority '9'");
        assertThat(Uscc.reject(Usccs.code("91", "33A002", "12345678")))
                .isEqualTo("region code '33A002' (characters 3 to 8) must be 6 digits");
        assertThat(Uscc.reject(Usccs.code("91", "991002", "12345678")))
                .isEqualTo("region code '991002' (characters 3 to 8) names no province");
    }

    @Test
    void checksTheOrganisationCodeInside() {
        String good = Usccs.code("91", "331002", "MA2AXXXX");
        String first16 = good.substring(0, 16);
        char wrong = good.charAt(16) == '1' ? '2' : '1';
        String broken = first16 + wrong;
        broken = broken + UnifiedSocialCreditCode.checkCharacter(broken);

        assertThat(Uscc.reject(good)).isNull();
        assertThat(Uscc.reject(broken)).contains("organisation code").contains("expected '" + good.charAt(16) + "'");
    }

    @Test
    void computesTheOrganisationCheckOfGb11714() {
        assertThat(Uscc.organisationCheck("M000100Y")).isEqualTo('4');
        assertThat(Uscc.organisationCheck("14291656")).isEqualTo('7');
    }

    @Test
    void refusesToHoldAnInvalidCode() {
        assertThatThrownBy(() -> new Uscc("91350100M000100Y42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit");
    }
}
