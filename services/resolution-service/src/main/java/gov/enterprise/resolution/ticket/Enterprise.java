package gov.enterprise.resolution.ticket;

import static java.util.Objects.requireNonNull;

/** The facts about the enterprise a ticket needs: who may see it, who it escalates to, how figures break down. */
public record Enterprise(String uscc, String regionCode, String cluster, String scale) {

    public Enterprise {
        requireNonNull(uscc, "uscc");
        requireNonNull(regionCode, "regionCode");
        requireNonNull(cluster, "cluster");
        requireNonNull(scale, "scale");
    }
}
