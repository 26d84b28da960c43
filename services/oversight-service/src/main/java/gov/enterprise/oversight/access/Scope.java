package gov.enterprise.oversight.access;

import java.util.Set;

/**
 * What one request may see and asked to see.
 *
 * @param rootRegion the region a region breakdown starts from (its sub-regions are the rows)
 * @param regions    the regions whose issues and visits count (a region and all its sub-regions), or null for all
 * @param department the one department whose issues count, or null for all
 */
public record Scope(String rootRegion, Set<String> regions, String department) {

    public Scope {
        regions = regions == null ? null : Set.copyOf(regions);
    }
}
