package gov.enterprise.reference;

import static java.util.Objects.requireNonNull;

/**
 * An administrative division by its GB/T 2260 code (e.g. {@code 331002} 椒江区), with its parent so that figures of a
 * city roll up its counties.
 *
 * @param parentCode the enclosing region, or null for the top
 */
public record Region(String code, String nameZh, String nameEn, Level level, String parentCode) {

    public enum Level { PROVINCE, CITY, COUNTY }

    public Region {
        requireNonNull(code, "code");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        requireNonNull(level, "level");
    }
}
