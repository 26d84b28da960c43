package gov.enterprise.intake.catalog;

import java.util.Map;
import java.util.Set;

/**
 * The administrative divisions by their parent, so that a rule written for a city also holds in its counties.
 *
 * @param codes   every known region
 * @param parents region code to its parent's code; the top has none
 */
public record Regions(Set<String> codes, Map<String, String> parents) {

    public Regions {
        codes = Set.copyOf(codes);
        parents = Map.copyOf(parents);
    }

    public boolean isKnown(String code) {
        return code != null && codes.contains(code);
    }

    /** Whether {@code code} is {@code ancestor} itself or lies inside it. */
    public boolean isWithin(String code, String ancestor) {
        int guard = 0;
        for (String region = code; region != null && guard < 16; region = parents.get(region), guard++) {
            if (region.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** 0 for the top, 1 for its children, ...: a deeper region is a narrower rule. */
    public int depth(String code) {
        int depth = 0;
        for (String parent = parents.get(code); parent != null && depth < 16; parent = parents.get(parent)) {
            depth++;
        }
        return depth;
    }
}
