package gov.enterprise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.security.fixture.UsccFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",   // the example of GB 32100-2015
            "914403001922038216",   // 华为技术有限公司
            "91440300708461136T",   // 深圳市腾讯计算机系统有限公司
            "91520000214434146R",   // 贵州茅台酒股份有限公司
            "91440300192317458F",   // 比亚迪股份有限公司
            "91110000710925462X",   // 中国石油天然气股份有限公司 (national level, check character X)
            "91330100716105852F",
            "91330000142916567N",
            "91110000802100433B",
            "12100000400000624D"})  // a public institution (事业单位) registered by the 机构编制 authority
    void acceptsPublishedCodes(String code) {
        assertThat(UnifiedSocialCreditCode.reject(code)).isNull();
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @Test
    void normalisesWhatAPersonTyped() {
        assertThat(UnifiedSocialCreditCode.normalise(" 91350100m000100y43\t")).isEqualTo("91350100M000100Y43");
        assertThat(UnifiedSocialCreditCode.isValid(UnifiedSocialCreditCode.normalise("91350100m000100y43"))).isTrue();
        assertThat(UnifiedSocialCreditCode.normalise(null)).isNull();
        // the rule itself compares in upper case: callers normalise first
        assertThat(UnifiedSocialCreditCode.reject("91350100m000100Y43")).isEqualTo(
                "character 'm' at position 9 is not allowed");
    }

    @Test
    void refusesAnotherLength() {
        assertThat(UnifiedSocialCreditCode.reject("9135")).isEqualTo("must be 18 characters");
        assertThat(UnifiedSocialCreditCode.reject("91350100M000100Y431")).isEqualTo("must be 18 characters");
        assertThat(UnifiedSocialCreditCode.reject(null)).isEqualTo("must be 18 characters");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', ' ', '０'})
    void refusesCharactersTheCodeNeverUses(char c) {
        String code = "91350100M0001" + c + "0Y43";
        assertThat(UnifiedSocialCreditCode.reject(code))
                .isEqualTo("character '" + c + "' at position 14 is not allowed");
    }

    @Test
    void refusesAnUnassignedRegistrationAuthority() {
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("B1", "331002", "12345678")))
                .isEqualTo("registration authority code 'B' (1st character) is not assigned");
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("01", "331002", "12345678")))
                .isEqualTo("registration authority code '0' (1st character) is not assigned");
    }

    @Test
    void refusesATypeTheAuthorityDoesNotAssign() {
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("94", "331002", "12345678")))
                .isEqualTo("organisation type '4' (2nd character) does not exist for registration authority '9'");
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("Y2", "331002", "12345678")))
                .isEqualTo("organisation type '2' (2nd character) does not exist for registration authority 'Y'");
        // the same type is right under another authority: 5 民政 assigns 3 (foundations)
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("53", "331002", "12345678"))).isNull();
    }

    @Test
    void refusesARegionCodeThatIsNotSixDigitsOfAProvince() {
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("91", "33A002", "12345678")))
                .isEqualTo("region code '33A002' (characters 3 to 8) must be 6 digits");
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("91", "991002", "12345678")))
                .isEqualTo("region code '991002' (characters 3 to 8) names no province");
    }

    @Test
    void refusesAnOrganisationCodeWhoseOwnCheckCharacterIsWrong() {
        String good = UsccFixture.code("91", "331002", "MA2AXXXX");
        String broken = UsccFixture.withWrongOrganisationCheck(good);

        assertThat(UnifiedSocialCreditCode.reject(good)).isNull();
        // the last check character matches: only GB 11714's check finds the fault
        assertThat(broken.charAt(17)).isEqualTo(UnifiedSocialCreditCode.checkCharacter(broken.substring(0, 17)));
        assertThat(UnifiedSocialCreditCode.reject(broken)).isEqualTo("organisation code 'MA2AXXXX"
                + broken.charAt(16) + "' (characters 9 to 17) has check character '" + broken.charAt(16)
                + "', expected '" + good.charAt(16) + "'");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.reject("91350100M000100Y42")).isEqualTo("check digit does not match");
        assertThat(UnifiedSocialCreditCode.reject(UsccFixture.withWrongCheckCharacter(UsccFixture.code(7))))
                .isEqualTo("check digit does not match");
    }

    @Test
    void computesBothCheckCharactersOfTheStandardsExample() {
        assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("M000100Y")).isEqualTo('4');
        assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("14291656")).isEqualTo('7');
        assertThat(UnifiedSocialCreditCode.organisationCheckCharacter("71092546")).isEqualTo('2');
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9135"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnifiedSocialCreditCode.organisationCheckCharacter("m000100y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fixtureCodesPassTheWholeRule() {
        for (int n = 0; n < 2_000; n++) {
            assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code(n))).isNull();
            assertThat(UnifiedSocialCreditCode.reject(UsccFixture.code("331081", 50_000_000 + n))).isNull();
        }
        assertThat(UsccFixture.complete("91350100M000100Y")).isEqualTo("91350100M000100Y43");
    }
}
