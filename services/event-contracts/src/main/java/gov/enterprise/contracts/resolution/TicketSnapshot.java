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
 * @param version         the ticket's version after the event (its ETag); all events of one action carry the same
 *                        snapshot and version, the ticket after the action
 * @param priority        {@code NORMAL} or {@code URGENT}, as routed (optional, added later; null from older senders)
 * @param routedAt        when intake first routed the issue (optional)
 * @param acceptedAt      when the current lead department accepted it, else null (optional)
 * @param resolvedAt      when the latest answer was given, else null (optional)
 * @param closedAt        when it was closed, else null (optional)
 * @param satisfaction    the enterprise's verdict once closed, else null (optional)
 * @param timeliness      {@code ON_TIME}, {@code ON_TIME_EXTENDED} or {@code OVERDUE} once closed, else null (optional)
 * @param escalatedTo     who supervises it at its escalation level, e.g. {@code head:NRP}, else null (optional)
 */
public record TicketSnapshot(String issueId, EnterpriseFacts enterprise, String category, String department,
                             List<String> coDepartments, String state, String light, LocalDate acceptDue,
                             LocalDate resolveDue, int escalationLevel, boolean extended, int reopenCount,
                             String outcome, long version, Instant reportedAt, Instant assignedAt, String priority,
                             Instant routedAt, Instant acceptedAt, Instant resolvedAt, Instant closedAt,
                             String satisfaction, String timeliness, String escalatedTo) {

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

    /** The snapshot as first published, without the optional fields added later. */
    public TicketSnapshot(String issueId, EnterpriseFacts enterprise, String category, String department,
                          List<String> coDepartments, String state, String light, LocalDate acceptDue,
                          LocalDate resolveDue, int escalationLevel, boolean extended, int reopenCount, String outcome,
                          long version, Instant reportedAt, Instant assignedAt) {
        this(issueId, enterprise, category, department, coDepartments, state, light, acceptDue, resolveDue,
                escalationLevel, extended, reopenCount, outcome, version, reportedAt, assignedAt, null, null, null,
                null, null, null, null, null);
    }
}
