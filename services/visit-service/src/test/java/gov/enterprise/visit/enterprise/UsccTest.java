package gov.enterprise.visit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.security.fixture.UsccFixture;
import org.junit.jupiter.api.Test;

/** The value the visit service keeps codes in; the rule itself is web-security's UnifiedSocialCreditCodeTest. */
class UsccTest {

    @Test
    void parsesWhatAPersonTypedIntoUpperCase() {
        assertThat(Uscc.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
        assertThat(Uscc.rejectRaw("91350100m000100y43")).isNull();
        assertThat(Uscc.reject(UsccFixture.code(17))).isNull();
    }

    @Test
    void givesTheSharedRulesReasonAndRequiresACode() {
        assertThat(Uscc.rejectRaw(null)).isEqualTo("is required");
        assertThat(Uscc.rejectRaw("  ")).isEqualTo("is required");
        assertThat(Uscc.rejectRaw("9135")).isEqualTo("must be 18 characters");
        assertThat(Uscc.rejectRaw(UsccFixture.code("94", "331002", "12345678")))
                .isEqualTo("organisation type '4' (2nd character) does not exist for registration authority '9'");
        assertThat(Uscc.rejectRaw(UsccFixture.withWrongOrganisationCheck(UsccFixture.code(17))))
                .startsWith("organisation code '00000017");
    }

    @Test
    void refusesToHoldAnInvalidCode() {
        assertThatThrownBy(() -> new Uscc("91350100M000100Y42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit");
        assertThatThrownBy(() -> new Uscc("91350100m000100y43")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("character 'm'");
    }
}
