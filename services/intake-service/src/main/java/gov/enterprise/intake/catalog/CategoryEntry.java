package gov.enterprise.intake.catalog;

import static java.util.Objects.requireNonNull;

/** An issue category (reference data): the code issues and rules use, and its names for people. */
public record CategoryEntry(String code, String nameZh, String nameEn) {

    public CategoryEntry {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
    }
}
