package gov.enterprise.visit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.reference.ReferenceData;
import gov.enterprise.visit.shared.FieldError;
import gov.enterprise.visit.shared.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseFormTest {

    private final ReferenceData reference = ReferenceData.bundled();

    @Test
    void validDetailsAreNormalised() {
        var validation = new Validation();
        EnterpriseDetails details = new EnterpriseForm(" 91350100m000100y43", " 台州吉利汽车 ", "331002", "AUTO",
                "ABOVE_SCALE", List.of("LISTED", "GAZELLE", "LISTED"), "王经理", "0576-88123456")
                .validate(reference, validation);

        assertThat(validation.errors()).isEmpty();
        assertThat(details.uscc().value()).isEqualTo("91350100M000100Y43");
        assertThat(details.name()).isEqualTo("台州吉利汽车");
        assertThat(details.tags()).containsExactly("GAZELLE", "LISTED");
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        var validation = new Validation();
        EnterpriseDetails details = new EnterpriseForm("91350100M000100Y42", " ", "999999", "CARS", "BIG",
                List.of("LISTED", "FAMOUS"), null, "call me").validate(reference, validation);

        assertThat(details).isNull();
        assertThat(validation.errors()).extracting(FieldError::field)
                .containsExactly("uscc", "name", "regionCode", "cluster", "scale", "tags[1]", "contact.phone");
        assertThat(validation.errors().getFirst().reason()).isEqualTo("check digit does not match");
    }
}
