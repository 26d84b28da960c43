package gov.enterprise.intake.routing;

import static java.util.Objects.requireNonNull;

import gov.enterprise.intake.catalog.Regions;
import gov.enterprise.intake.enterprise.Enterprise;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One version of a routing rule: issues of {@code category}, optionally only of enterprises in a region (or inside
 * it), of an industry cluster or of a scale, go to {@code leadDepartment} with {@code coDepartments}. A change never
 * edits a version: it adds the next one, so every routed issue can name exactly the rule that routed it.
 *
 * @param retired the rule no longer routes anything (its last version says so)
 */
public record RoutingRule(String id, int version, String category, String regionCode, String cluster, String scale,
                          String leadDepartment, List<String> coDepartments, boolean retired, String changedBy,
                          Instant changedAt) {

    public RoutingRule {
        requireNonNull(id, "id");
        requireNonNull(category, "category");
        requireNonNull(leadDepartment, "leadDepartment");
        requireNonNull(changedBy, "changedBy");
        requireNonNull(changedAt, "changedAt");
        if (version < 1) {
            throw new IllegalArgumentException("rule versions start at 1");
        }
        regionCode = blankToNull(regionCode);
        cluster = blankToNull(cluster);
        scale = blankToNull(scale);
        coDepartments = RoutingDecision.coDepartmentsBeside(leadDepartment, coDepartments);
    }

    /** Whether this rule speaks for issues of {@code category} from {@code enterprise}. */
    public boolean applies(String category, Enterprise enterprise, Regions regions) {
        return !retired
                && this.category.equals(category)
                && (regionCode == null || regions.isWithin(enterprise.regionCode(), regionCode))
                && (cluster == null || cluster.equals(enterprise.cluster()))
                && (scale == null || scale.equals(enterprise.scale()));
    }

    /** How many narrowing conditions the rule has: the narrower rule wins. */
    public int conditions() {
        return (regionCode == null ? 0 : 1) + (cluster == null ? 0 : 1) + (scale == null ? 0 : 1);
    }

    /** {@code default-LAND v2}. */
    public String label() {
        return id + " v" + version;
    }

    /** The co-departments without any of {@code excluded}. */
    public List<String> coDepartmentsWithout(Set<String> excluded) {
        var co = new ArrayList<>(coDepartments);
        co.removeAll(excluded);
        return co;
    }

    public String describeConditions() {
        var parts = new ArrayList<String>();
        parts.add("category " + category);
        if (regionCode != null) {
            parts.add("region " + regionCode);
        }
        if (cluster != null) {
            parts.add("cluster " + cluster);
        }
        if (scale != null) {
            parts.add("scale " + scale);
        }
        return String.join(", ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
