package gov.enterprise.intake.config;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.calendar.YearCalendar;
import gov.enterprise.intake.classification.Term;
import gov.enterprise.reference.Category;
import gov.enterprise.reference.CsvTable;
import gov.enterprise.reference.Department;
import gov.enterprise.reference.IndustryCluster;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * First start: copies the seed data into the service's own tables, where administrators edit it afterwards:
 * regions, clusters, departments and categories (shared reference data), one default routing rule per category
 * with a default lead department, the default SLA policy (accept 1, resolve 15 working days), the bundled official
 * calendars, and the classification dictionaries ({@code dictionaries.csv} next to the classifier). Runs once, as a
 * Flyway migration, before anything can consume an event.
 */
public class V4__Seed_reference_data extends BaseJavaMigration {

    static final String DICTIONARIES = "/gov/enterprise/intake/classification/dictionaries.csv";
    private static final String SEED = "seed";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        ReferenceData reference = ReferenceData.bundled();
        regions(connection, reference);
        try (var insert = connection.prepareStatement("INSERT INTO industry_cluster (code, name_zh) VALUES (?, ?)")) {
            for (IndustryCluster cluster : reference.clusters()) {
                run(insert, cluster.code(), cluster.nameZh());
            }
        }
        try (var insert = connection.prepareStatement(
                "INSERT INTO department (code, name_zh, name_en) VALUES (?, ?, ?)")) {
            for (Department department : reference.departments()) {
                run(insert, department.code(), department.nameZh(), department.nameEn());
            }
        }
        try (var insert = connection.prepareStatement("INSERT INTO category (code, name_zh, name_en) VALUES (?, ?, ?)")) {
            for (Category category : reference.categories()) {
                run(insert, category.code(), category.nameZh(), category.nameEn());
            }
        }
        try (var insert = connection.prepareStatement("""
                INSERT INTO routing_rule (rule_id, version, category, lead_department, co_departments, changed_by,
                    changed_at) VALUES (?, 1, ?, ?, ?, ?, now())""")) {
            for (Category category : reference.categories()) {
                if (category.defaultLead().isPresent()) {
                    insert.setString(1, "default-" + category.code());
                    insert.setString(2, category.code());
                    insert.setString(3, category.leadDepartment());
                    insert.setArray(4, connection.createArrayOf("text", category.coDepartments().toArray()));
                    insert.setString(5, SEED);
                    insert.executeUpdate();
                }
            }
        }
        try (var insert = connection.prepareStatement("""
                INSERT INTO sla_policy (category, priority, accept_working_days, resolve_working_days, changed_by,
                    changed_at) VALUES ('*', '*', 1, 15, ?, now())""")) {
            run(insert, SEED);
        }
        calendars(connection);
        dictionaries(connection);
    }

    private static void regions(Connection connection, ReferenceData reference) throws SQLException {
        // parents first, so the foreign key holds at every insert
        List<Region> ordered = new ArrayList<>(reference.regions());
        ordered.sort((a, b) -> Integer.compare(a.level().ordinal(), b.level().ordinal()));
        try (var insert = connection.prepareStatement(
                "INSERT INTO region (code, name_zh, parent_code) VALUES (?, ?, ?)")) {
            for (Region region : ordered) {
                run(insert, region.code(), region.nameZh(), region.parentCode());
            }
        }
    }

    private static void calendars(Connection connection) throws SQLException {
        WorkingDayCalendar bundled = WorkingDayCalendar.bundled();
        try (var year = connection.prepareStatement(
                "INSERT INTO calendar_year (year, loaded_by, loaded_at) VALUES (?, ?, now())");
             var day = connection.prepareStatement("INSERT INTO calendar_day (day, year, kind) VALUES (?, ?, ?)")) {
            for (Year loaded : bundled.loadedYears()) {
                YearCalendar calendar = bundled.year(loaded).orElseThrow();
                year.setInt(1, loaded.getValue());
                year.setString(2, SEED);
                year.executeUpdate();
                for (LocalDate holiday : calendar.holidays()) {
                    day(day, holiday, loaded, "holiday");
                }
                for (LocalDate workday : calendar.makeUpWorkdays()) {
                    day(day, workday, loaded, "workday");
                }
            }
        }
    }

    private static void day(PreparedStatement insert, LocalDate day, Year year, String kind) throws SQLException {
        insert.setObject(1, day);
        insert.setInt(2, year.getValue());
        insert.setString(3, kind);
        insert.executeUpdate();
    }

    private static void dictionaries(Connection connection) throws SQLException {
        try (InputStream in = V4__Seed_reference_data.class.getResourceAsStream(DICTIONARIES);
             var insert = connection.prepareStatement("""
                     INSERT INTO classification_term (category, term, weight, changed_by, changed_at)
                     VALUES (?, ?, ?, ?, now()) ON CONFLICT (category, term) DO UPDATE SET weight = excluded.weight""")) {
            if (in == null) {
                throw new IllegalStateException("the seed dictionaries " + DICTIONARIES + " are missing");
            }
            for (CsvTable.Row row : CsvTable.read(new InputStreamReader(in, StandardCharsets.UTF_8)).rows()) {
                insert.setString(1, row.get("category"));
                insert.setString(2, new Term(row.get("term"),
                        Integer.parseInt(row.get("weight"))).text());
                insert.setInt(3, Integer.parseInt(row.get("weight")));
                insert.setString(4, SEED);
                insert.executeUpdate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(PreparedStatement insert, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.executeUpdate();
    }
}
