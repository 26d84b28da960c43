package gov.enterprise.visit.reference.store;

import gov.enterprise.reference.EnterpriseTag;
import gov.enterprise.reference.IndustryCluster;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import gov.enterprise.visit.reference.ReferenceSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference data in the service's tables, read again at most every {@code refresh}: administrators' edits take
 * effect within that time, and a request never waits for the database to validate a code.
 */
public class JdbcReferenceSource implements ReferenceSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration refresh;
    private volatile Loaded loaded;

    private record Loaded(ReferenceData data, Instant at) {
    }

    public JdbcReferenceSource(JdbcClient jdbc, Clock clock, Duration refresh) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public ReferenceData current() {
        Loaded current = loaded;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.at().plus(refresh))) {
            current = new Loaded(load(), now);
            loaded = current;
        }
        return current.data();
    }

    private ReferenceData load() {
        List<Region> regions = jdbc.sql("SELECT code, name_zh, name_en, level, parent_code FROM region ORDER BY code")
                .query((rs, row) -> new Region(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        Region.Level.valueOf(rs.getString("level")), rs.getString("parent_code")))
                .list();
        List<IndustryCluster> clusters = jdbc.sql("SELECT code, name_zh, name_en FROM industry_cluster ORDER BY code")
                .query((rs, row) -> new IndustryCluster(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en")))
                .list();
        List<EnterpriseTag> tags = jdbc.sql("SELECT code, name_zh, name_en FROM enterprise_tag ORDER BY code")
                .query((rs, row) -> new EnterpriseTag(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en")))
                .list();
        // departments and categories belong to intake's routing, not to enterprise files
        return new ReferenceData(regions, clusters, List.of(), List.of(), tags);
    }
}
