package gov.enterprise.contracts.resolution;

import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.Topics;
import java.util.List;

/**
 * The events the resolution service publishes on {@code resolution.events}, keyed by issue id: one per transition and
 * per escalation step, each with the ticket's snapshot after it.
 */
public final class ResolutionEvents {

    public static final EventType<TicketAssignedV1> TICKET_ASSIGNED = EventType.of(
            "gov.enterprise.resolution.ticket-assigned.v1", TicketAssignedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketAcceptedV1> TICKET_ACCEPTED = EventType.of(
            "gov.enterprise.resolution.ticket-accepted.v1", TicketAcceptedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketTransferredV1> TICKET_TRANSFERRED = EventType.of(
            "gov.enterprise.resolution.ticket-transferred.v1", TicketTransferredV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketReturnedV1> TICKET_RETURNED = EventType.of(
            "gov.enterprise.resolution.ticket-returned.v1", TicketReturnedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<ProgressNotedV1> PROGRESS_NOTED = EventType.of(
            "gov.enterprise.resolution.progress-noted.v1", ProgressNotedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<ContributionAddedV1> CONTRIBUTION_ADDED = EventType.of(
            "gov.enterprise.resolution.contribution-added.v1", ContributionAddedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<ExtensionRequestedV1> EXTENSION_REQUESTED = EventType.of(
            "gov.enterprise.resolution.extension-requested.v1", ExtensionRequestedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<ExtensionDecidedV1> EXTENSION_DECIDED = EventType.of(
            "gov.enterprise.resolution.extension-decided.v1", ExtensionDecidedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<ExtensionAllowedV1> EXTENSION_ALLOWED = EventType.of(
            "gov.enterprise.resolution.extension-allowed.v1", ExtensionAllowedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketSuspendedV1> TICKET_SUSPENDED = EventType.of(
            "gov.enterprise.resolution.ticket-suspended.v1", TicketSuspendedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<SuspensionReviewDueV1> SUSPENSION_REVIEW_DUE = EventType.of(
            "gov.enterprise.resolution.suspension-review-due.v1", SuspensionReviewDueV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketResumedV1> TICKET_RESUMED = EventType.of(
            "gov.enterprise.resolution.ticket-resumed.v1", TicketResumedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketResolvedV1> TICKET_RESOLVED = EventType.of(
            "gov.enterprise.resolution.ticket-resolved.v1", TicketResolvedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<FeedbackGivenV1> FEEDBACK_GIVEN = EventType.of(
            "gov.enterprise.resolution.feedback-given.v1", FeedbackGivenV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketReopenedV1> TICKET_REOPENED = EventType.of(
            "gov.enterprise.resolution.ticket-reopened.v1", TicketReopenedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketClosedV1> TICKET_CLOSED = EventType.of(
            "gov.enterprise.resolution.ticket-closed.v1", TicketClosedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<TicketEscalatedV1> TICKET_ESCALATED = EventType.of(
            "gov.enterprise.resolution.ticket-escalated.v1", TicketEscalatedV1.class, Topics.RESOLUTION_EVENTS);
    public static final EventType<LightChangedV1> LIGHT_CHANGED = EventType.of(
            "gov.enterprise.resolution.light-changed.v1", LightChangedV1.class, Topics.RESOLUTION_EVENTS);

    public static final List<EventType<?>> ALL = List.of(TICKET_ASSIGNED, TICKET_ACCEPTED, TICKET_TRANSFERRED,
            TICKET_RETURNED, PROGRESS_NOTED, CONTRIBUTION_ADDED, EXTENSION_REQUESTED, EXTENSION_DECIDED,
            EXTENSION_ALLOWED, TICKET_SUSPENDED, SUSPENSION_REVIEW_DUE, TICKET_RESUMED, TICKET_RESOLVED, FEEDBACK_GIVEN,
            TICKET_REOPENED, TICKET_CLOSED, TICKET_ESCALATED, LIGHT_CHANGED);

    private ResolutionEvents() {
    }
}
