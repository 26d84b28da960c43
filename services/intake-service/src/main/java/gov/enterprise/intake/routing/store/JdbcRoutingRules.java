package gov.enterprise.intake.routing.store;

import gov.enterprise.intake.routing.RoutingRule;
import gov.enterprise.intake.routing.RuleDraft;
import gov.enterprise.version.StaleVersionException;
import gov.enterprise.version.VersionCondition;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing rules, versioned: a change inserts the next version of the rule and never edits one, so that the rule
 * version an issue names keeps meaning what it meant when the issue was routed.
 */
@Repository
public class JdbcRoutingRules {

    private static final String LATEST = """
            SELECT DISTINCT ON (rule_id) * FROM routing_rule ORDER BY rule_id, version DESC""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcRoutingRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The latest version of every rule that is not retired: the rules in force. */
    public List<RoutingRule> inForce() {
        return jdbc.sql("SELECT * FROM (" + LATEST + ") latest WHERE NOT retired ORDER BY category, rule_id")
                .query(JdbcRoutingRules::rule).list();
    }

    /** The latest version of every rule, retired ones included. */
    public List<RoutingRule> latest() {
        return jdbc.sql("SELECT * FROM (" + LATEST + ") latest ORDER BY category, rule_id")
                .query(JdbcRoutingRules::rule).list();
    }

    public Optional<RoutingRule> latest(String ruleId) {
        return jdbc.sql("SELECT * FROM routing_rule WHERE rule_id = ? ORDER BY version DESC LIMIT 1")
                .param(ruleId).query(JdbcRoutingRules::rule).optional();
    }

    public List<RoutingRule> versions(String ruleId) {
        return jdbc.sql("SELECT * FROM routing_rule WHERE rule_id = ? ORDER BY version")
                .param(ruleId).query(JdbcRoutingRules::rule).list();
    }

    /** A new rule at version 1; empty if the id is taken (also by a rule created at the same moment). */
    @Transactional
    public Optional<RoutingRule> create(String ruleId, RuleDraft draft, String actor) {
        return insert(ruleId, 1, draft, false, actor);
    }

    /**
     * The next version of a rule, saying {@code draft} (or retiring it). The caller's view of the current version is
     * checked when given.
     *
     * @return empty if there is no such rule
     * @throws StaleVersionException if {@code expected} does not admit the current version
     */
    @Transactional
    public Optional<RoutingRule> change(String ruleId, RuleDraft draft, boolean retire, VersionCondition expected,
                                        String actor) {
        // Changes of one rule wait for each other on its first version, a row every change leaves in place (locking
        // the latest version would not do: the next change locks the one this change adds, and both add the same).
        boolean exists = jdbc.sql("SELECT 1 FROM routing_rule WHERE rule_id = ? AND version = 1 FOR UPDATE")
                .param(ruleId).query(Integer.class).optional().isPresent();
        if (!exists) {
            return Optional.empty();
        }
        RoutingRule latest = latest(ruleId).orElseThrow();
        if (!expected.admits(latest.version())) {
            throw new StaleVersionException("Rule " + ruleId, expected, latest.version());
        }
        RuleDraft next = draft != null ? draft : new RuleDraft(latest.category(), latest.regionCode(),
                latest.cluster(), latest.scale(), latest.leadDepartment(), latest.coDepartments());
        return Optional.of(insert(ruleId, latest.version() + 1, next, retire, actor).orElseThrow());
    }

    /** The rule at {@code version}; empty if that version exists already. */
    private Optional<RoutingRule> insert(String ruleId, int version, RuleDraft draft, boolean retired,
                                         String actor) {
        var at = clock.instant();
        int inserted = jdbc.sql("""
                        INSERT INTO routing_rule (rule_id, version, category, region_code, cluster, scale,
                            lead_department, co_departments, retired, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (rule_id, version) DO NOTHING""")
                .params(ruleId, version, draft.category(), text(draft.regionCode()), text(draft.cluster()),
                        text(draft.scale()), draft.leadDepartment(),
                        new SqlParameterValue(Types.ARRAY, draft.coDepartments().toArray(String[]::new)), retired,
                        actor, new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
                                OffsetDateTime.ofInstant(at, ZoneOffset.UTC)))
                .update();
        return inserted == 0 ? Optional.empty() : latest(ruleId);
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static RoutingRule rule(ResultSet rs, int n) throws SQLException {
        Array co = rs.getArray("co_departments");
        return new RoutingRule(rs.getString("rule_id"), rs.getInt("version"), rs.getString("category"),
                rs.getString("region_code"), rs.getString("cluster"), rs.getString("scale"),
                rs.getString("lead_department"), co == null ? List.of() : List.of((String[]) co.getArray()),
                rs.getBoolean("retired"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
