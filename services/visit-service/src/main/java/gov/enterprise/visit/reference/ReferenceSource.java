package gov.enterprise.visit.reference;

import gov.enterprise.reference.ReferenceData;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data as the service holds it now: regions (with parents), industry clusters and enterprise tags,
 * seeded from the shared data at first start and edited by administrators in the service's schema afterwards.
 */
public interface ReferenceSource {

    ReferenceData current();

    /** {@code regionCode} and every region inside it (a city and its counties). */
    default Set<String> regionsWithin(String regionCode) {
        ReferenceData reference = current();
        return reference.regions().stream()
                .map(region -> region.code())
                .filter(code -> reference.isWithin(code, regionCode))
                .collect(Collectors.toUnmodifiableSet());
    }
}
