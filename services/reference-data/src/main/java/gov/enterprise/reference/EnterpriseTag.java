package gov.enterprise.reference;

import static java.util.Objects.requireNonNull;

/** A recognised label of an enterprise, e.g. {@code SPECIALISED} 专精特新 or {@code LISTED}. */
public record EnterpriseTag(String code, String nameZh, String nameEn) {

    public EnterpriseTag {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
    }
}
