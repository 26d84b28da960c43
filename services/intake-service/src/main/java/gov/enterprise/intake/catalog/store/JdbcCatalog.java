package gov.enterprise.intake.catalog.store;

import gov.enterprise.intake.catalog.Catalog;
import gov.enterprise.intake.catalog.CategoryEntry;
import gov.enterprise.intake.catalog.DepartmentEntry;
import gov.enterprise.intake.catalog.Regions;
import java.util.HashMap;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference data tables (seeded at first start). */
@Repository
public class JdbcCatalog {

    private final JdbcClient jdbc;

    public JdbcCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Catalog load() {
        var categories = jdbc.sql("SELECT code, name_zh, name_en FROM category ORDER BY code")
                .query((rs, n) -> new CategoryEntry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        var departments = jdbc.sql("SELECT code, name_zh, name_en FROM department ORDER BY code")
                .query((rs, n) -> new DepartmentEntry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        var clusters = jdbc.sql("SELECT code FROM industry_cluster").query(String.class).list();
        var codes = new HashSet<String>();
        var parents = new HashMap<String, String>();
        jdbc.sql("SELECT code, parent_code FROM region").query((rs, n) -> {
            codes.add(rs.getString(1));
            if (rs.getString(2) != null) {
                parents.put(rs.getString(1), rs.getString(2));
            }
            return null;
        }).list();
        return new Catalog(categories, departments, clusters, new Regions(codes, parents));
    }
}
