package gov.enterprise.web.text;

import gov.enterprise.text.FreeText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field holding text people type, checked by {@link FreeText}'s rule: {@code @FreeTextField(max = 100)}.
 * Null passes: pair it with {@code @NotBlank} when the text is required. The service strips the text it keeps.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FreeTextField.Check.class)
public @interface FreeTextField {

    /** The most characters (code points) the text may have once stripped. */
    int max();

    String message() default "is not acceptable text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Bean Validation's side of the rule: the violation's message is the rule's reason. */
    final class Check implements ConstraintValidator<FreeTextField, String> {

        private int max;

        @Override
        public void initialize(FreeTextField constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String reason = value == null ? null : FreeText.reject(value, max);
            if (reason == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // the reason is literal text, not a message template
            context.buildConstraintViolationWithTemplate(reason.replace("\\", "\\\\").replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
            return false;
        }
    }
}
