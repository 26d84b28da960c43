package gov.enterprise.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsCodesWhoseCheckCharacterMatches() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91330000142916567N")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91110000802100433B")).isTrue();
    }

    @Test
    void refusesAWrongCheckCharacterOrLettersTheCodeNeverUses() {
        assertThat(UnifiedSocialCreditCode.reject("91350100M000100Y42")).isEqualTo("check digit does not match");
        assertThat(UnifiedSocialCreditCode.reject("91350100M0001O0Y43")).contains("'O'");
        assertThat(UnifiedSocialCreditCode.reject("9135")).isEqualTo("must be 18 characters");
    }

    @Test
    void computesTheCheckCharacterForTestData() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }
}
