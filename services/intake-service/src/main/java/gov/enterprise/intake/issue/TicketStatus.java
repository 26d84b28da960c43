package gov.enterprise.intake.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The issue's ticket as the resolution service last reported it, kept for the issue view.
 *
 * @param version the ticket's version in that report; older reports never overwrite newer ones
 */
public record TicketStatus(String state, String department, List<String> coDepartments, String light,
                           LocalDate acceptDue, LocalDate resolveDue, int escalationLevel, boolean extended,
                           String outcome, long version, Instant updatedAt) {

    public TicketStatus {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
    }
}
