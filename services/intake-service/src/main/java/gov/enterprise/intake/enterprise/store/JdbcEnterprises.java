package gov.enterprise.intake.enterprise.store;

import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.enterprise.Enterprises;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises table, written from visit.events. */
@Repository
public class JdbcEnterprises implements Enterprises {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcEnterprises(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Enterprise> find(String uscc) {
        return one("SELECT uscc, region_code, cluster, scale FROM enterprise WHERE uscc = ?", uscc);
    }

    @Override
    public Optional<Enterprise> lock(String uscc) {
        // NO KEY UPDATE: waits for another holder, not for transactions that only reference the row
        return one("SELECT uscc, region_code, cluster, scale FROM enterprise WHERE uscc = ? FOR NO KEY UPDATE", uscc);
    }

    private Optional<Enterprise> one(String sql, String uscc) {
        return jdbc.sql(sql)
                .param(uscc)
                .query((rs, n) -> new Enterprise(rs.getString("uscc"), rs.getString("region_code"),
                        rs.getString("cluster"), rs.getString("scale")))
                .optional();
    }

    @Override
    public void save(Enterprise enterprise, String name) {
        jdbc.sql("""
                        INSERT INTO enterprise (uscc, region_code, cluster, scale, name, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (uscc) DO UPDATE SET region_code = excluded.region_code,
                            cluster = excluded.cluster, scale = excluded.scale, name = excluded.name,
                            updated_at = excluded.updated_at""")
                .params(enterprise.uscc(), enterprise.regionCode(), enterprise.cluster(), enterprise.scale(), name,
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public void saveIfAbsent(Enterprise enterprise) {
        jdbc.sql("""
                        INSERT INTO enterprise (uscc, region_code, cluster, scale, updated_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (uscc) DO NOTHING""")
                .params(enterprise.uscc(), enterprise.regionCode(), enterprise.cluster(), enterprise.scale(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public void replacePairing(String uscc, List<String> cadreIds) {
        jdbc.sql("DELETE FROM cadre_pairing WHERE uscc = ?").param(uscc).update();
        for (String cadreId : cadreIds.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO cadre_pairing (uscc, cadre_id) VALUES (?, ?)").params(uscc, cadreId).update();
        }
    }

    @Override
    public boolean isPaired(String cadreId, String uscc) {
        return jdbc.sql("SELECT count(*) FROM cadre_pairing WHERE cadre_id = ? AND uscc = ?")
                .params(cadreId, uscc).query(Integer.class).single() > 0;
    }
}
