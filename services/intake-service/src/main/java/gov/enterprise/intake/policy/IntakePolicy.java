package gov.enterprise.intake.policy;

import gov.enterprise.intake.catalog.Catalog;
import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.classification.Classifier;
import gov.enterprise.intake.deadline.DeadlineSchedule;
import gov.enterprise.intake.deadline.Deadlines;
import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.routing.RoutingDecision;
import gov.enterprise.intake.routing.RoutingRule;
import gov.enterprise.intake.routing.RuleSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything intake decides with, as one consistent snapshot: the reference data, the classification dictionaries,
 * the current routing rules, the SLA policies and the working-day calendar. Administrators change the parts; each
 * decision reads one snapshot.
 */
public record IntakePolicy(Catalog catalog, Classifier classifier, RuleSet rules, DeadlineSchedule schedule) {

    public Classification classify(String title, String description, String categoryHint) {
        return classifier.classify(title, description, categoryHint);
    }

    /**
     * Routes by the narrowest rule for {@code category} whose lead is not {@code excluded} (the departments that
     * returned the issue), with deadlines from the SLA policy and the calendar.
     */
    public RoutingOutcome routeByRules(String category, Enterprise enterprise, Set<String> excluded, Priority priority,
                                       Instant at) {
        Optional<RoutingRule> match = rules.match(category, enterprise, excluded);
        if (match.isEmpty()) {
            boolean onlyExcluded = !rules.applicable(category, enterprise).isEmpty();
            return new RoutingOutcome.Unroutable(onlyExcluded
                    ? "every routing rule for category " + category + " leads to a department that returned the issue "
                    + excluded
                    : "no routing rule for category " + category + " applies to this enterprise (region "
                    + enterprise.regionCode() + ", cluster " + enterprise.cluster() + ", " + enterprise.scale() + ")");
        }
        RoutingRule rule = match.get();
        Deadlines deadlines = schedule.deadlines(category, priority, at);
        String skipped = excluded.isEmpty() ? "" : "; skipped departments that returned it: " + excluded;
        String reason = "rule " + rule.label() + " (" + rule.describeConditions() + ") leads to "
                + rule.leadDepartment() + skipped + "; " + describe(deadlines, priority);
        return new RoutingOutcome.Routed(new RoutingDecision(category, rule.leadDepartment(),
                rule.coDepartmentsWithout(excluded), priority, deadlines.acceptDue(), deadlines.resolveDue(),
                deadlines.provisional(), RoutingDecision.BY_RULE, rule.id(), rule.version(), reason, at));
    }

    /** A triage officer's routing, with deadlines from the SLA policy and the calendar. */
    public RoutingDecision routeByHand(String category, String lead, List<String> coDepartments, Priority priority,
                                       String actor, String note, Instant at) {
        Deadlines deadlines = schedule.deadlines(category, priority, at);
        String reason = "routed by hand by " + actor + " to " + lead
                + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")") + "; " + describe(deadlines, priority);
        return new RoutingDecision(category, lead, coDepartments, priority, deadlines.acceptDue(),
                deadlines.resolveDue(), deadlines.provisional(), actor, null, null, reason, at);
    }

    private static String describe(Deadlines deadlines, Priority priority) {
        return "SLA " + deadlines.policy().describe() + " for " + priority + " -> accept by " + deadlines.acceptDue()
                + ", resolve by " + deadlines.resolveDue() + (deadlines.provisional()
                ? " (provisional: the calendar of that year is not loaded yet)" : "");
    }
}
