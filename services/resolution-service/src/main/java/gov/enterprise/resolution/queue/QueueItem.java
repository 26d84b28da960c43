package gov.enterprise.resolution.queue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a work queue.
 *
 * @param dueOn       the day the ticket next needs someone: its deadline, review date or the enterprise's verdict
 * @param contributed for a co-department's queue, whether it has given its input
 */
record QueueItem(String issueId, String title, String category, String priority, String department,
                 List<String> coDepartments, String state, String light, boolean overdue, @JsonIgnore LocalDate queueDue,
                 LocalDate dueOn, LocalDate acceptDue, LocalDate resolveDue, int escalationLevel, String escalatedTo,
                 boolean pendingExtension, int reopenCount, EnterpriseRef enterprise,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Boolean contributed, Instant assignedAt, long version) {

    record EnterpriseRef(String uscc, String regionCode, String cluster) {
    }
}
