package gov.enterprise.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A kind of issue with its default routing: the lead department (牵头单位) and the co-departments (协办单位). A category
 * without a default lead ({@code OTHER}) goes to case-by-case triage.
 */
public record Category(String code, String nameZh, String nameEn, String leadDepartment, List<String> coDepartments) {

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
}
