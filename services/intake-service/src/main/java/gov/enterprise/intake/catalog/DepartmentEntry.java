package gov.enterprise.intake.catalog;

import static java.util.Objects.requireNonNull;

/** A department issues can be routed to. */
public record DepartmentEntry(String code, String nameZh, String nameEn) {

    public DepartmentEntry {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
    }
}
