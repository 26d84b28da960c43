package gov.enterprise.contracts;

import static java.util.Objects.requireNonNull;

/**
 * What every context needs to know about an enterprise to route its issues and to break figures down: carried in the
 * events themselves so that no consumer has to look it up elsewhere.
 *
 * @param uscc       unified social credit code, 18 characters, upper case
 * @param regionCode GB/T 2260 code of the county-level region
 * @param cluster    industry cluster code (reference data)
 * @param scale      {@code ABOVE_SCALE} or {@code BELOW_SCALE}
 */
public record EnterpriseFacts(String uscc, String regionCode, String cluster, String scale) {

    public EnterpriseFacts {
        requireNonNull(uscc, "uscc");
        requireNonNull(regionCode, "regionCode");
        requireNonNull(cluster, "cluster");
        requireNonNull(scale, "scale");
    }
}
