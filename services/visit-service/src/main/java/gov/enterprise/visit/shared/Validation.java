package gov.enterprise.visit.shared;

import gov.enterprise.text.FreeText;
import java.util.ArrayList;
import java.util.List;

/** Collects every field at fault of one request, so the client hears about all of them at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public void reject(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** @throws InvalidInputException naming every field rejected so far */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * A required text: stripped; rejected when missing, blank or longer than {@code maxLength} characters (counted as
     * characters a person sees, i.e. code points, so 100 Chinese characters are 100).
     */
    public String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return text(field, value, maxLength);
    }

    /** An optional text: stripped, null when blank; rejected when longer than {@code maxLength} characters. */
    public String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, maxLength);
    }

    private String text(String field, String value, int maxLength) {
        String reason = FreeText.reject(value, maxLength);
        if (reason != null) {
            reject(field, reason);
            return null;
        }
        return value.strip();
    }
}
