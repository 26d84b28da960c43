package gov.enterprise.intake.routing;

import gov.enterprise.intake.catalog.Regions;
import gov.enterprise.intake.enterprise.Enterprise;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current version of every routing rule. For an issue it picks the narrowest rule that applies (more conditions
 * first, then the deeper region, then the rule id, so the answer never depends on storage order), skipping rules
 * whose lead department is excluded: a department that returned the issue as misrouted never gets it back
 * automatically.
 */
public final class RuleSet {

    private final List<RoutingRule> rules;
    private final Regions regions;

    public RuleSet(List<RoutingRule> rules, Regions regions) {
        this.rules = List.copyOf(rules);
        this.regions = regions;
    }

    public List<RoutingRule> rules() {
        return rules;
    }

    /** The rules that apply to {@code category} from {@code enterprise}, narrowest first. */
    public List<RoutingRule> applicable(String category, Enterprise enterprise) {
        return rules.stream()
                .filter(rule -> rule.applies(category, enterprise, regions))
                .sorted(Comparator.comparingInt(RoutingRule::conditions).reversed()
                        .thenComparing(rule -> rule.regionCode() == null ? -1 : regions.depth(rule.regionCode()),
                                Comparator.reverseOrder())
                        .thenComparing(RoutingRule::id))
                .toList();
    }

    /** The rule that routes the issue, or empty when none applies once {@code excluded} leads are skipped. */
    public Optional<RoutingRule> match(String category, Enterprise enterprise, Set<String> excluded) {
        return applicable(category, enterprise).stream()
                .filter(rule -> !excluded.contains(rule.leadDepartment()))
                .findFirst();
    }
}
