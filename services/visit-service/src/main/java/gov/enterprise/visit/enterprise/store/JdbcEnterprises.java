package gov.enterprise.visit.enterprise.store;

import gov.enterprise.visit.enterprise.Contact;
import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.EnterpriseDetails;
import gov.enterprise.visit.enterprise.EnterprisePage;
import gov.enterprise.visit.enterprise.EnterpriseQuery;
import gov.enterprise.visit.enterprise.Enterprises;
import gov.enterprise.visit.enterprise.Scale;
import gov.enterprise.visit.enterprise.SearchScope;
import gov.enterprise.visit.enterprise.Uscc;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enterprise files in table {@code enterprise}. */
public class JdbcEnterprises implements Enterprises {

    private static final String COLUMNS = """
            uscc, name, region_code, cluster, scale, tags, contact_name, contact_phone, version, registered_at,
            changed_at, last_visited_at""";

    private final JdbcClient jdbc;

    public JdbcEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Enterprise> find(Uscc uscc) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE uscc = ?")
                .param(uscc.value()).query(JdbcEnterprises::enterprise).optional();
    }

    @Override
    public List<Enterprise> findAll(Collection<Uscc> usccs) {
        if (usccs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE uscc = ANY (?) ORDER BY uscc")
                .param(codes(usccs)).query(JdbcEnterprises::enterprise).list();
    }

    @Override
    public Optional<Enterprise> lock(Uscc uscc) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE uscc = ? FOR UPDATE")
                .param(uscc.value()).query(JdbcEnterprises::enterprise).optional();
    }

    @Override
    public List<Enterprise> lockAll(Collection<Uscc> usccs) {
        if (usccs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE uscc = ANY (?) ORDER BY uscc FOR UPDATE")
                .param(codes(usccs)).query(JdbcEnterprises::enterprise).list();
    }

    @Override
    public Optional<Enterprise> insert(EnterpriseDetails details, Instant at) {
        return jdbc.sql("""
                        INSERT INTO enterprise (uscc, name, region_code, cluster, scale, tags, contact_name,
                            contact_phone, version, registered_at, changed_at)
                        VALUES (:uscc, :name, :region, :cluster, :scale, :tags, :contactName, :contactPhone, 1, :at,
                            :at)
                        ON CONFLICT (uscc) DO NOTHING
                        RETURNING\s""" + COLUMNS)
                .param("uscc", details.uscc().value())
                .param("name", details.name())
                .param("region", details.regionCode())
                .param("cluster", details.cluster())
                .param("scale", details.scale().name())
                .param("tags", details.tags().toArray(String[]::new))
                .param("contactName", details.contact().name())
                .param("contactPhone", details.contact().phone())
                .param("at", Timestamp.from(at))
                .query(JdbcEnterprises::enterprise).optional();
    }

    @Override
    public Enterprise update(Enterprise current, EnterpriseDetails details, Instant at) {
        return jdbc.sql("""
                        UPDATE enterprise SET name = :name, region_code = :region, cluster = :cluster, scale = :scale,
                            tags = :tags, contact_name = :contactName, contact_phone = :contactPhone,
                            version = version + 1, changed_at = :at
                        WHERE uscc = :uscc
                        RETURNING\s""" + COLUMNS)
                .param("uscc", current.uscc().value())
                .param("name", details.name())
                .param("region", details.regionCode())
                .param("cluster", details.cluster())
                .param("scale", details.scale().name())
                .param("tags", details.tags().toArray(String[]::new))
                .param("contactName", details.contact().name())
                .param("contactPhone", details.contact().phone())
                .param("at", Timestamp.from(at))
                .query(JdbcEnterprises::enterprise).single();
    }

    @Override
    public EnterprisePage search(EnterpriseQuery query) {
        var where = new ArrayList<String>();
        var sql = new StringBuilder("SELECT " + COLUMNS + " FROM enterprise e");
        var params = new LinkedHashMap<String, Object>();
        switch (query.scope()) {
            case SearchScope.All all -> {
            }
            case SearchScope.InRegions in -> {
                where.add("e.region_code = ANY (:scopeRegions)");
                params.put("scopeRegions", in.regionCodes().toArray(String[]::new));
            }
            case SearchScope.PairedWith paired -> {
                where.add("EXISTS (SELECT 1 FROM pairing p WHERE p.uscc = e.uscc AND p.cadre_id = :cadre)");
                params.put("cadre", paired.cadreId());
            }
            case SearchScope.Only only -> {
                where.add("e.uscc = :only");
                params.put("only", only.uscc().value());
            }
            case SearchScope.Nothing nothing -> where.add("false");
        }
        if (query.nameFragment() != null) {
            // the GIN index finds the candidates containing every key of the fragment; strpos checks the match
            where.add("e.name_grams @> fragment_grams(:q) AND strpos(lower(e.name), lower(:q)) > 0");
            params.put("q", query.nameFragment());
        }
        if (query.regionCodes() != null) {
            where.add("e.region_code = ANY (:regions)");
            params.put("regions", query.regionCodes().toArray(String[]::new));
        }
        if (query.cluster() != null) {
            where.add("e.cluster = :cluster");
            params.put("cluster", query.cluster());
        }
        if (query.tag() != null) {
            where.add("e.tags @> ARRAY[CAST(:tag AS text)]");
            params.put("tag", query.tag());
        }
        if (query.scale() != null) {
            where.add("e.scale = :scale");
            params.put("scale", query.scale().name());
        }
        if (query.after() != null) {
            where.add("(e.name COLLATE \"C\", e.uscc) > (:afterName, :afterUscc)");
            params.put("afterName", query.after().name());
            params.put("afterUscc", query.after().uscc());
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        // code point order: the same in every database locale, so cursors stay valid wherever the data moves
        sql.append(" ORDER BY e.name COLLATE \"C\", e.uscc LIMIT :limit");
        params.put("limit", query.limit() + 1);
        List<Enterprise> rows = jdbc.sql(sql.toString()).params(params).query(JdbcEnterprises::enterprise).list();
        if (rows.size() <= query.limit()) {
            return new EnterprisePage(rows, null);
        }
        List<Enterprise> page = rows.subList(0, query.limit());
        Enterprise last = page.getLast();
        return new EnterprisePage(page, new EnterpriseQuery.PageKey(last.details().name(), last.uscc().value()));
    }

    /** An enterprise from its row's columns (the visit store reads the row its insert updated). */
    public static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
        var details = new EnterpriseDetails(new Uscc(rs.getString("uscc")), rs.getString("name"),
                rs.getString("region_code"), rs.getString("cluster"), Scale.valueOf(rs.getString("scale")),
                strings(rs.getArray("tags")), new Contact(rs.getString("contact_name"), rs.getString("contact_phone")));
        return new Enterprise(details, rs.getLong("version"), instant(rs, "registered_at"),
                instant(rs, "changed_at"), instant(rs, "last_visited_at"));
    }

    static String[] codes(Collection<Uscc> usccs) {
        return usccs.stream().map(Uscc::value).toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
