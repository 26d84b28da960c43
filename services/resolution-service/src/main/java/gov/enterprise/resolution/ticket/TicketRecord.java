package gov.enterprise.resolution.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a ticket knows, as stored: how the repository saves and restores a {@link Ticket}, and what views read.
 * Fields that only exist in some states are null otherwise.
 *
 * @param contributed        co-departments that have given the lead their input
 * @param contributionDue    the co-departments' deadline, null without co-departments
 * @param acceptWithin       working days to accept, as intake's routing set them; a transfer restarts this clock
 * @param resolveWithin      working days to resolve, as intake's routing set them; a reopened ticket gets them anew
 * @param acceptStart        the day the acceptance clock started (routing, transfer)
 * @param resolveStart       the day the resolution clock started (routing, reopening), moved on by suspensions
 * @param baseResolveDue     the resolution deadline before any extension, to tell on time from on time extended
 * @param deadlineMissed     a resolution deadline passed without an answer at some point
 * @param reliedOnExtension  the answer came after the deadline before extensions, within the extended one
 */
public record TicketRecord(String issueId, Enterprise enterprise, String title, String description, String category,
                           String priority, String department, List<String> coDepartments, List<String> contributed,
                           LocalDate contributionDue, TicketState state, Light light, int escalationLevel,
                           String escalatedTo, Instant reportedAt, Instant routedAt, Instant assignedAt,
                           Instant acceptedAt, int acceptWithin, int resolveWithin, LocalDate acceptStart,
                           LocalDate acceptDue, LocalDate resolveStart, LocalDate resolveDue, LocalDate baseResolveDue,
                           int extensionAllowance, int extensionsApproved, ExtensionRequest pendingExtension,
                           LocalDate suspendedOn, LocalDate reviewOn, boolean reviewReminded, String suspensionReason,
                           Outcome outcome, String answer, LocalDate plannedFor, Instant resolvedAt,
                           LocalDate feedbackDue, int reopenCount, Satisfaction satisfaction, boolean closedByDefault,
                           Instant closedAt, Timeliness timeliness, boolean deadlineMissed, boolean reliedOnExtension,
                           long version) {

    public TicketRecord {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        contributed = contributed == null ? List.of() : List.copyOf(contributed);
    }

    /** An extension was approved. */
    public boolean extended() {
        return extensionsApproved > 0;
    }
}
