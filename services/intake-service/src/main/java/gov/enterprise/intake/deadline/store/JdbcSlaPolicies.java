package gov.enterprise.intake.deadline.store;

import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.deadline.SlaPolicy;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SLA policies; {@code *} stands for any category or priority. */
@Repository
public class JdbcSlaPolicies {

    static final String ANY = "*";

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcSlaPolicies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SlaPolicy> load() {
        return jdbc.sql("""
                        SELECT category, priority, accept_working_days, resolve_working_days FROM sla_policy
                        ORDER BY category, priority""")
                .query((rs, n) -> new SlaPolicy(rs.getString(1),
                        ANY.equals(rs.getString(2)) ? null : Priority.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getInt(4)))
                .list();
    }

    public void put(SlaPolicy policy, String actor) {
        jdbc.sql("""
                        INSERT INTO sla_policy (category, priority, accept_working_days, resolve_working_days,
                            changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (category, priority) DO UPDATE SET
                            accept_working_days = excluded.accept_working_days,
                            resolve_working_days = excluded.resolve_working_days,
                            changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(key(policy.category()), policy.priority() == null ? ANY : policy.priority().name(),
                        policy.acceptWorkingDays(), policy.resolveWorkingDays(), actor,
                        new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .update();
    }

    /** Removes a policy; false if there was none. */
    public boolean delete(String category, Priority priority) {
        return jdbc.sql("DELETE FROM sla_policy WHERE category = ? AND priority = ?")
                .params(key(category), priority == null ? ANY : priority.name())
                .update() > 0;
    }

    private static String key(String category) {
        return category == null ? ANY : category;
    }
}
