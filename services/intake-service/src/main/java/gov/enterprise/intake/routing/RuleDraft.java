package gov.enterprise.intake.routing;

import gov.enterprise.intake.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administrator asks a routing rule to say; checked against the reference data before it becomes a version.
 */
public record RuleDraft(String category, String regionCode, String cluster, String scale, String leadDepartment,
                        List<String> coDepartments) {

    public RuleDraft {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        regionCode = blankToNull(regionCode);
        cluster = blankToNull(cluster);
        scale = blankToNull(scale);
    }

    /** Field name to what is wrong with it; empty when the draft can be stored. */
    public Map<String, String> problems(Catalog catalog) {
        var problems = new LinkedHashMap<String, String>();
        if (!catalog.isCategory(category)) {
            problems.put("category", "'" + category + "' is not a known category");
        }
        if (regionCode != null && !catalog.regions().isKnown(regionCode)) {
            problems.put("regionCode", "'" + regionCode + "' is not a known region");
        }
        if (cluster != null && !catalog.isCluster(cluster)) {
            problems.put("cluster", "'" + cluster + "' is not a known industry cluster");
        }
        if (scale != null && !Catalog.SCALES.contains(scale)) {
            problems.put("scale", "must be one of " + Catalog.SCALES);
        }
        if (!catalog.isDepartment(leadDepartment)) {
            problems.put("leadDepartment", "'" + leadDepartment + "' is not a known department");
        }
        List<String> unknown = new ArrayList<>();
        for (String co : coDepartments) {
            if (!catalog.isDepartment(co)) {
                unknown.add(co);
            }
        }
        if (!unknown.isEmpty()) {
            problems.put("coDepartments", "unknown departments " + unknown);
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
