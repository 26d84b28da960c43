package gov.enterprise.intake.enterprise;

import static java.util.Objects.requireNonNull;

/**
 * What intake knows about an enterprise to route its issues, learnt from the visit service's events.
 *
 * @param uscc       unified social credit code
 * @param regionCode county-level region (GB/T 2260)
 * @param cluster    industry cluster code
 * @param scale      {@code ABOVE_SCALE} or {@code BELOW_SCALE}
 */
public record Enterprise(String uscc, String regionCode, String cluster, String scale) {

    public Enterprise {
        requireNonNull(uscc, "uscc");
        requireNonNull(regionCode, "regionCode");
        requireNonNull(cluster, "cluster");
        requireNonNull(scale, "scale");
    }
}
