package gov.enterprise.text;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.web.text.FreeTextField;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    @Test
    void lengthIsInCharactersAPersonSeesOnceStripped() {
        assertThat(FreeText.reject("  " + "用".repeat(5) + "\n", 5)).isNull();
        assertThat(FreeText.reject("𠀀".repeat(5), 5)).as("two UTF-16 units each, one character").isNull();
        assertThat(FreeText.reject("𠀀".repeat(6), 5)).isEqualTo("must be at most 5 characters (it has 6)");
    }

    @Test
    void lineBreaksAndTabsAreTextOtherControlCharactersAreNot() {
        assertThat(FreeText.reject("第一行\r\n第二行\t完", 100)).isNull();
        assertThat(FreeText.reject("铃\u0007", 100)).isEqualTo("must not contain control characters");
        assertThat(FreeText.reject("空\u0000", 100)).isEqualTo("must not contain control characters");
    }

    @Test
    void aLoneSurrogateIsNotTextAPairIs() {
        assertThat(FreeText.reject("\ud800abc", 100)).isEqualTo(
                "must be Unicode text (it has half of a UTF-16 surrogate pair)");
        assertThat(FreeText.reject("abc\udc00", 100)).isNotNull();
        assertThat(FreeText.reject("𠀀𡈽", 100)).isNull();
    }

    @Test
    void textOfInvisibleCharactersAloneIsNotTextButTheyMayStandBetweenWords() {
        for (String invisible : new String[] {"\u00a0", "\u2007\u202f", "\u200b", "\ufeff", " \u00a0\u200b "}) {
            assertThat(FreeText.reject(invisible, 100)).as("%s", invisible.codePoints().boxed().toList())
                    .isEqualTo("must have text other than spaces");
        }
        assertThat(FreeText.reject("用地\u00a0指标", 100)).isNull();
        assertThat(FreeText.reject("   ", 100)).as("blank is missing, the caller's question").isNull();
    }

    record Request(@FreeTextField(max = 3) String note) {
    }

    @Test
    void onARequestFieldTheReasonIsTheViolationsMessageAndNullPasses() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Request(null))).isEmpty();
            assertThat(validator.validate(new Request(" 三个字 "))).isEmpty();
            assertThat(validator.validate(new Request("{四个字}"))).singleElement()
                    .satisfies(v -> assertThat(v.getMessage()).isEqualTo("must be at most 3 characters (it has 5)"));
        }
    }
}
