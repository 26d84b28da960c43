package gov.enterprise.intake.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference data intake decides with: categories, departments, regions and the codes of clusters and scales.
 * Seeded from the shared reference data at first start.
 */
public final class Catalog {

    public static final Set<String> SCALES = Set.of("ABOVE_SCALE", "BELOW_SCALE");

    private final Map<String, CategoryEntry> categories;
    private final Map<String, DepartmentEntry> departments;
    private final Set<String> clusters;
    private final Regions regions;

    public Catalog(Collection<CategoryEntry> categories, Collection<DepartmentEntry> departments,
                   Collection<String> clusters, Regions regions) {
        var byCode = new LinkedHashMap<String, CategoryEntry>();
        categories.forEach(category -> byCode.put(category.code(), category));
        var departmentsByCode = new LinkedHashMap<String, DepartmentEntry>();
        departments.forEach(department -> departmentsByCode.put(department.code(), department));
        this.categories = byCode;
        this.departments = departmentsByCode;
        this.clusters = Set.copyOf(clusters);
        this.regions = regions;
    }

    public Collection<CategoryEntry> categories() {
        return categories.values();
    }

    public Collection<DepartmentEntry> departments() {
        return departments.values();
    }

    public Optional<CategoryEntry> category(String code) {
        return Optional.ofNullable(code == null ? null : categories.get(code));
    }

    public boolean isCategory(String code) {
        return code != null && categories.containsKey(code);
    }

    public boolean isDepartment(String code) {
        return code != null && departments.containsKey(code);
    }

    public boolean isCluster(String code) {
        return code != null && clusters.contains(code);
    }

    public Regions regions() {
        return regions;
    }
}
