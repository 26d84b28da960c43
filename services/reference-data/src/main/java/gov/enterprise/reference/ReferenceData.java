package gov.enterprise.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference data a service works with: regions, industry clusters, departments, issue categories and enterprise
 * tags. {@link #bundled()} is the Taizhou seed shipped with the project; services copy what they need into their own
 * schema, where administrators edit it.
 */
public final class ReferenceData {

    private final Map<String, Region> regions;
    private final Map<String, IndustryCluster> clusters;
    private final Map<String, Department> departments;
    private final Map<String, Category> categories;
    private final Map<String, EnterpriseTag> tags;

    public ReferenceData(Collection<Region> regions, Collection<IndustryCluster> clusters,
                         Collection<Department> departments, Collection<Category> categories,
                         Collection<EnterpriseTag> tags) {
        this.regions = index(regions, Region::code, "region");
        this.clusters = index(clusters, IndustryCluster::code, "cluster");
        this.departments = index(departments, Department::code, "department");
        this.categories = index(categories, Category::code, "category");
        this.tags = index(tags, EnterpriseTag::code, "tag");
        checkReferences();
    }

    public static ReferenceData bundled() {
        return new ReferenceData(
                read("regions.csv", row -> new Region(row.get("code"), row.get("name_zh"), row.get("name_en"),
                        level(row), blankToNull(row.get("parent")))),
                read("clusters.csv", row -> new IndustryCluster(row.get("code"), row.get("name_zh"),
                        row.get("name_en"))),
                read("departments.csv", row -> new Department(row.get("code"), row.get("name_zh"),
                        row.get("name_en"), row.get("remit"))),
                read("categories.csv", row -> new Category(row.get("code"), row.get("name_zh"), row.get("name_en"),
                        blankToNull(row.get("lead_department")), list(row.get("co_departments")))),
                read("tags.csv", row -> new EnterpriseTag(row.get("code"), row.get("name_zh"), row.get("name_en"))));
    }

    public Collection<Region> regions() {
        return regions.values();
    }

    public Collection<IndustryCluster> clusters() {
        return clusters.values();
    }

    public Collection<Department> departments() {
        return departments.values();
    }

    public Collection<Category> categories() {
        return categories.values();
    }

    public Collection<EnterpriseTag> tags() {
        return tags.values();
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<IndustryCluster> cluster(String code) {
        return Optional.ofNullable(clusters.get(code));
    }

    public Optional<Department> department(String code) {
        return Optional.ofNullable(departments.get(code));
    }

    public Optional<Category> category(String code) {
        return Optional.ofNullable(categories.get(code));
    }

    public Optional<EnterpriseTag> tag(String code) {
        return Optional.ofNullable(tags.get(code));
    }

    /** Whether {@code regionCode} is {@code ancestorCode} itself or lies inside it (a county inside its city). */
    public boolean isWithin(String regionCode, String ancestorCode) {
        for (Region region = regions.get(regionCode); region != null; region = regions.get(region.parentCode())) {
            if (region.code().equals(ancestorCode)) {
                return true;
            }
            if (region.parentCode() == null) {
                return false;
            }
        }
        return false;
    }

    private void checkReferences() {
        for (Region region : regions.values()) {
            if (region.parentCode() != null && !regions.containsKey(region.parentCode())) {
                throw new InvalidReferenceDataException(
                        "region " + region.code() + " names an unknown parent " + region.parentCode());
            }
        }
        for (Category category : categories.values()) {
            category.defaultLead().ifPresent(lead -> requireDepartment(category, lead));
            category.coDepartments().forEach(co -> requireDepartment(category, co));
        }
    }

    private void requireDepartment(Category category, String code) {
        if (!departments.containsKey(code)) {
            throw new InvalidReferenceDataException(
                    "category " + category.code() + " names an unknown department " + code);
        }
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> code, String kind) {
        var map = new LinkedHashMap<String, T>();
        for (T item : items) {
            if (map.putIfAbsent(code.apply(item), item) != null) {
                throw new InvalidReferenceDataException(kind + " " + code.apply(item) + " is defined twice");
            }
        }
        return map;
    }

    private static <T> List<T> read(String resource, Function<CsvTable.Row, T> mapping) {
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled reference data " + resource + " is missing");
            }
            return CsvTable.read(new InputStreamReader(in, StandardCharsets.UTF_8)).rows().stream()
                    .map(row -> {
                        try {
                            return mapping.apply(row);
                        } catch (RuntimeException e) {
                            throw new InvalidReferenceDataException(
                                    resource + " line " + row.line() + ": " + e.getMessage());
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Region.Level level(CsvTable.Row row) {
        return Region.Level.valueOf(row.get("level").toUpperCase(Locale.ROOT));
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
