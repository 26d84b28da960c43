package gov.enterprise.simulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.security.UnifiedSocialCreditCode;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void theStandardsExampleChecksOutOnBothCheckCharacters() {
        // GB 32100-2015's example code: organisation code M000100Y-4, check character 3
        assertThat(Uscc.organisationCheck("M000100Y")).isEqualTo('4');
        assertThat(Uscc.check("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.isValid("91350100M000100Y43")).isTrue();
        assertThat(Uscc.isValid("91350100M000100Y44")).isFalse();
    }

    @Test
    void generatedCodesPassTheServicesOwnRuleAndCarryTheirRegion() {
        var random = new SplittableRandom(7);
        var seen = new HashSet<String>();
        for (int i = 0; i < 5_000; i++) {
            String code = Uscc.generate("331081", random);
            assertThat(UnifiedSocialCreditCode.reject(code)).as(code).isNull();
            assertThat(code).startsWith("91331081").hasSize(18);
            // the organisation code keeps its own GB 11714 check character
            assertThat(code.charAt(16)).isEqualTo(Uscc.organisationCheck(code.substring(8, 16)));
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(4_990);
    }
}
