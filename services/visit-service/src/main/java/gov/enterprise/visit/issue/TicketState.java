package gov.enterprise.visit.issue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A ticket as resolution last described it.
 *
 * @param state           {@code ASSIGNED}, {@code ACCEPTED}, {@code IN_PROGRESS}, {@code SUSPENDED}, {@code RESOLVED},
 *                        {@code CLOSED}, {@code REOPENED}, {@code TRANSFERRED} or {@code RETURNED}
 * @param light           {@code GREEN}, {@code YELLOW} or {@code RED}
 * @param escalationLevel 0 none, 1 the department head, 2 the leader in charge
 * @param outcome         {@code SOLVED}, {@code EXPLAINED} or {@code PLANNED} once resolved, else null
 * @param version         the ticket's version: a description with a lower one is older
 */
public record TicketState(String issueId, String uscc, String category, String department, String state,
                          String light, LocalDate acceptDue, LocalDate resolveDue, int escalationLevel,
                          String outcome, long version) {

    public TicketState {
        requireNonNull(issueId, "issueId");
        requireNonNull(uscc, "uscc");
        requireNonNull(department, "department");
        requireNonNull(state, "state");
        requireNonNull(light, "light");
    }
}
