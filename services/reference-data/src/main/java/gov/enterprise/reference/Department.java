package gov.enterprise.reference;

import static java.util.Objects.requireNonNull;

/** A department that owns enterprise issues (责任单位), e.g. {@code NRP} 市自然资源和规划局, with its remit. */
public record Department(String code, String nameZh, String nameEn, String remit) {

    public Department {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        remit = remit == null ? "" : remit;
    }
}
