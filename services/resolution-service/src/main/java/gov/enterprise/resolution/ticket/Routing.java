package gov.enterprise.resolution.ticket;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/** What intake decided for an issue: its category, who leads, who helps, and its deadlines by the calendar. */
public record Routing(String category, String priority, String leadDepartment, List<String> coDepartments,
                      LocalDate acceptDue, LocalDate resolveDue) {

    public Routing {
        requireNonNull(category, "category");
        requireNonNull(priority, "priority");
        requireNonNull(leadDepartment, "leadDepartment");
        // the lead never helps itself
        coDepartments = coDepartments == null ? List.of()
                : coDepartments.stream().filter(d -> !d.equals(leadDepartment)).distinct().toList();
        requireNonNull(acceptDue, "acceptDue");
        requireNonNull(resolveDue, "resolveDue");
    }
}
