package gov.enterprise.contracts.resolution;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The ticket as it stands right after the event that carries it. Every resolution event carries one, so a read model
 * can answer any figure from the latest event of each ticket without replaying the history.
 *
 * @param department      the lead department now responsible
 * @param state           {@code ASSIGNED}, {@code ACCEPTED}, {@code IN_PROGRESS}, {@code SUSPENDED}, {@code RESOLVED},
 *                        {@code CLOSED}, {@code REOPENED}, {@code TRANSFERRED} or {@code RETURNED}
 * @param light           {@code GREEN}, {@code YELLOW} or {@code RED}
 * @param escalationLevel 0 none, 1 the department head, 2 the leader in charge
 * @param extended        an extension was approved
 * @param outcome         {@code SOLVED}, {@code EXPLAINED} or {@code PLANNED} once resolved, else null
 * @param version         the ticket's version after the event (its ETag)
 */
public record TicketSnapshot(String issueId, EnterpriseFacts enterprise, String category, String department,
                             List<String> coDepartments, String state, String light, LocalDate acceptDue,
                             LocalDate resolveDue, int escalationLevel, boolean extended, int reopenCount,
                             String outcome, long version, Instant reportedAt, Instant assignedAt) {

    public TicketSnapshot {
        requireNonNull(issueId, "issueId");
        requireNonNull(enterprise, "enterprise");
        requireNonNull(category, "category");
        requireNonNull(department, "department");
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        requireNonNull(state, "state");
        requireNonNull(light, "light");
        requireNonNull(acceptDue, "acceptDue");
        requireNonNull(resolveDue, "resolveDue");
        requireNonNull(reportedAt, "reportedAt");
        requireNonNull(assignedAt, "assignedAt");
    }
}
