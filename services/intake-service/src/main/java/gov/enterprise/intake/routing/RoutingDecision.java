package gov.enterprise.intake.routing;

import static java.util.Objects.requireNonNull;

import gov.enterprise.intake.deadline.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who handles an issue and by when, and why.
 *
 * @param decidedBy   {@code rule} when a routing rule decided, else the triage officer's subject
 * @param ruleId      the rule that decided, or null when a person did
 * @param ruleVersion that rule's version, or null
 * @param provisional a deadline falls in a year whose official calendar is not loaded yet
 */
public record RoutingDecision(String category, String leadDepartment, List<String> coDepartments, Priority priority,
                              LocalDate acceptDue, LocalDate resolveDue, boolean provisional, String decidedBy,
                              String ruleId, Integer ruleVersion, String reason, Instant routedAt) {

    public static final String BY_RULE = "rule";

    public RoutingDecision {
        requireNonNull(category, "category");
        requireNonNull(leadDepartment, "leadDepartment");
        coDepartments = coDepartmentsBeside(leadDepartment, coDepartments);
        requireNonNull(priority, "priority");
        requireNonNull(acceptDue, "acceptDue");
        requireNonNull(resolveDue, "resolveDue");
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(reason, "reason");
        requireNonNull(routedAt, "routedAt");
    }

    public boolean byRule() {
        return ruleId != null;
    }

    /**
     * The co-departments of a routing to {@code lead}, whoever names them (a rule or a triage officer): each once,
     * in the order named, and never the lead itself, which leads and does not also help.
     */
    public static List<String> coDepartmentsBeside(String lead, List<String> named) {
        var co = new LinkedHashSet<>(named == null ? List.<String>of() : named);
        co.remove(lead);
        return List.copyOf(co);
    }
}
