package gov.enterprise.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of issue with its default routing: the lead department (牵头单位) and the co-departments (协办单位). A category
 * without a default lead ({@code OTHER}) goes to case-by-case triage.
 */
public record Category(String code, String nameZh, String nameEn, String leadDepartment, List<String> coDepartments) {

    /** What a category code looks like: upper-case letters, digits and underscores, from a letter (LAND, POWER). */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    public Category {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        leadDepartment = leadDepartment == null || leadDepartment.isBlank() ? null : leadDepartment;
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
    }

    public Optional<String> defaultLead() {
        return Optional.ofNullable(leadDepartment);
    }

    /**
     * A category code as people type it (a hint such as {@code " land"}): stripped and upper-cased; empty when the
     * text cannot be a code at all ({@code 用地}, {@code "land use"}). Whether such a category exists is another
     * question.
     */
    public static Optional<String> codeOf(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
