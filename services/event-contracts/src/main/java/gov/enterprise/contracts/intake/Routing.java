package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Who must handle an issue and by when, and why that was decided.
 *
 * @param priority             {@code NORMAL} or {@code URGENT}
 * @param acceptDue            last working day to accept, by the official calendar
 * @param resolveDue           last working day to resolve
 * @param provisionalDeadlines true when a deadline falls in a year whose official calendar was not loaded yet
 * @param decidedBy            {@code rule} when a routing rule decided, else the triage officer's subject
 * @param ruleId               the routing rule that decided, or null when a person did
 * @param ruleVersion          that rule's version, or null
 * @param reason               why: the classification and routing explanation shown to people
 */
public record Routing(String category, String leadDepartment, List<String> coDepartments, String priority,
                      LocalDate acceptDue, LocalDate resolveDue, boolean provisionalDeadlines, String decidedBy,
                      String ruleId, Integer ruleVersion, String reason) {

    public Routing {
        requireNonNull(category, "category");
        requireNonNull(leadDepartment, "leadDepartment");
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        requireNonNull(priority, "priority");
        requireNonNull(acceptDue, "acceptDue");
        requireNonNull(resolveDue, "resolveDue");
        requireNonNull(decidedBy, "decidedBy");
    }
}
