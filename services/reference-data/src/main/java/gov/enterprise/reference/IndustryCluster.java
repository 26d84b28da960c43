package gov.enterprise.reference;

import static java.util.Objects.requireNonNull;

/** One of the priority industry clusters (七大千亿产业集群), or {@code OTHER}. */
public record IndustryCluster(String code, String nameZh, String nameEn) {

    public IndustryCluster {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
    }
}
