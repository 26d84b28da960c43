package gov.enterprise.resolution.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One ticket as {@code GET /api/v1/tickets/{issueId}} and every action answer it; {@code version} is also the ETag to
 * send back in {@code If-Match}. The light is today's; {@code allowedActions} are the actions the caller may take now.
 */
public record TicketView(String issueId, String title, String description, String category, String priority,
                         EnterpriseView enterprise, String department, String state, String light, boolean overdue,
                         LocalDate acceptDue, LocalDate resolveDue, LocalDate dueOn, Escalation escalation,
                         List<CoDepartment> coDepartments, Extension extension, Suspension suspension,
                         Resolution resolution, Closing closing, int reopenCount, Instant reportedAt,
                         Instant routedAt, Instant assignedAt, Instant acceptedAt, long version,
                         List<String> allowedActions) {

    public record EnterpriseView(String uscc, String regionCode, String cluster, String scale) {
    }

    /** @param level 0 none, 1 the department head, 2 the leader in charge */
    public record Escalation(int level, String escalatedTo) {
    }

    /** A co-department owing the lead its input, its deadline and light, and what it contributed. */
    public record CoDepartment(String department, LocalDate due, boolean contributed, String light,
                               List<Contribution> contributions) {
    }

    public record Contribution(String note, String by, Instant at, int lateBy) {
    }

    public record Extension(int allowance, int approved, boolean extended, PendingExtension pending) {
    }

    public record PendingExtension(int workingDays, String reason, String requestedBy, Instant requestedAt) {
    }

    public record Suspension(String reason, LocalDate suspendedOn, LocalDate reviewOn, boolean reviewDue) {
    }

    public record Resolution(String outcome, String answer, LocalDate plannedFor, Instant resolvedAt,
                             LocalDate feedbackDue) {
    }

    public record Closing(String satisfaction, boolean byDefault, Instant closedAt, String timeliness) {
    }
}
