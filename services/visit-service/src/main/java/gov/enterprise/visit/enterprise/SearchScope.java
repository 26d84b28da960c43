package gov.enterprise.visit.enterprise;

import java.util.Set;

/**
 * The enterprises a caller may find: all (administrators), those in some regions (a leader's region and its
 * sub-regions), those paired with a cadre, or one (an enterprise contact's own).
 */
public sealed interface SearchScope {

    record All() implements SearchScope {
    }

    record InRegions(Set<String> regionCodes) implements SearchScope {
        public InRegions {
            regionCodes = Set.copyOf(regionCodes);
        }
    }

    record PairedWith(String cadreId) implements SearchScope {
    }

    record Only(Uscc uscc) implements SearchScope {
    }

    record Nothing() implements SearchScope {
    }
}
