package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

/** What figures need to know about an enterprise: who it is and where it sits. */
public record Enterprise(String uscc, String region, String cluster) {

    public Enterprise {
        requireNonNull(uscc, "uscc");
        requireNonNull(region, "region");
        requireNonNull(cluster, "cluster");
    }
}
