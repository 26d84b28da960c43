package gov.enterprise.visit.config;

import gov.enterprise.reference.EnterpriseTag;
import gov.enterprise.reference.IndustryCluster;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * First start: copies the shared seed (regions with their parents, industry clusters, enterprise tags) into the
 * service's tables, where administrators edit it afterwards.
 */
public class V3__Seed_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        ReferenceData reference = ReferenceData.bundled();
        // parents first, so that the foreign key holds at every insert
        List<Region> regions = new ArrayList<>(reference.regions());
        regions.sort(Comparator.comparing(region -> region.level().ordinal()));
        try (var insert = context.getConnection().prepareStatement(
                "INSERT INTO region (code, name_zh, name_en, level, parent_code) VALUES (?, ?, ?, ?, ?)")) {
            for (Region region : regions) {
                run(insert, region.code(), region.nameZh(), region.nameEn(), region.level().name(),
                        region.parentCode());
            }
        }
        try (var insert = context.getConnection().prepareStatement(
                "INSERT INTO industry_cluster (code, name_zh, name_en) VALUES (?, ?, ?)")) {
            for (IndustryCluster cluster : reference.clusters()) {
                run(insert, cluster.code(), cluster.nameZh(), cluster.nameEn());
            }
        }
        try (var insert = context.getConnection().prepareStatement(
                "INSERT INTO enterprise_tag (code, name_zh, name_en) VALUES (?, ?, ?)")) {
            for (EnterpriseTag tag : reference.tags()) {
                run(insert, tag.code(), tag.nameZh(), tag.nameEn());
            }
        }
    }

    private static void run(PreparedStatement insert, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.executeUpdate();
    }
}
