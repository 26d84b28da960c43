package gov.enterprise.intake.triage;

import gov.enterprise.intake.deadline.Priority;
import java.util.List;

/**
 * A triage officer's routing of an issue.
 *
 * @param category       the category the officer chose
 * @param department     the lead department, or null to let the routing rules choose for this category (never a
 *                       department that returned the issue)
 * @param coDepartments  co-departments when the officer names the lead
 * @param priority       NORMAL unless said otherwise
 * @param note           why, for the history
 * @param overrideReturn route to a department that returned the issue anyway (a deliberate decision)
 */
public record HandRouting(String category, String department, List<String> coDepartments, Priority priority,
                          String note, boolean overrideReturn) {

    public HandRouting {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        priority = priority == null ? Priority.NORMAL : priority;
    }
}
