package gov.enterprise.simulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.security.UnifiedSocialCreditCode;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generator agrees with the services' rule (web-security's UnifiedSocialCreditCode), the one place it lives. */
class UsccTest {

    @Test
    void computesBothCheckCharactersAsTheServicesRuleDoes() {
        // GB 32100-2015's example code: organisation code M000100Y-4, check character 3
        assertThat(Uscc.organisationCheck("M000100Y")).isEqualTo('4');
        assertThat(Uscc.check("91350100M000100Y4")).isEqualTo('3');
        var random = new SplittableRandom(11);
        for (int i = 0; i < 2_000; i++) {
            String first17 = Uscc.generate("331002", random).substring(0, 17);
            assertThat(Uscc.organisationCheck(first17.substring(8, 16)))
                    .isEqualTo(UnifiedSocialCreditCode.organisationCheckCharacter(first17.substring(8, 16)));
            assertThat(Uscc.check(first17)).isEqualTo(UnifiedSocialCreditCode.checkCharacter(first17));
        }
    }

    @Test
    void generatedCodesPassTheServicesRuleAndCarryTheirRegion() {
        var random = new SplittableRandom(7);
        var seen = new HashSet<String>();
        for (String region : CampaignPlan.REGION_WEIGHTS.keySet()) {
            for (int i = 0; i < 1_000; i++) {
                String code = Uscc.generate(region, random);
                assertThat(UnifiedSocialCreditCode.reject(code)).as(code).isNull();
                assertThat(code).startsWith("91" + region).hasSize(18);
                seen.add(code);
            }
        }
        assertThat(seen).hasSizeGreaterThan(8_990);
    }
}
