package gov.enterprise.resolution.ticket;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A fact about a ticket, caused by an action: the ticket's methods return them, the service records them in the
 * ticket's history and publishes them. They stay inside the service; the messaging package maps them to the published
 * contracts.
 */
public sealed interface TicketEvent {

    Transition transition();

    default String issueId() {
        return transition().issueId();
    }

    default Instant at() {
        return transition().at();
    }

    /** The ticket is in a department's queue. {@code reason} is ROUTED, TRANSFERRED or REROUTED. */
    record TicketAssigned(Transition transition, AssignmentReason reason, LocalDate acceptDue, LocalDate resolveDue)
            implements TicketEvent {
    }

    record TicketAccepted(Transition transition, LocalDate resolveDue) implements TicketEvent {
    }

    /**
     * @param lapsedExtension the extension request that was waiting for the head: the receiving department's clocks
     *                        start afresh, so it lapses with the transfer (null when none was waiting), and the
     *                        history says so rather than leave a request that was never decided
     */
    record TicketTransferred(Transition transition, String fromDepartment, String toDepartment, String reason,
                             ExtensionRequest lapsedExtension) implements TicketEvent {
    }

    /** @param lapsedExtension the extension request that was waiting for the head, lapsed; null when none */
    record TicketReturned(Transition transition, String reason, ExtensionRequest lapsedExtension)
            implements TicketEvent {
    }

    record ProgressNoted(Transition transition, String note) implements TicketEvent {
    }

    /** @param lateBy working days past the co-department's deadline, 0 when on time */
    record ContributionAdded(Transition transition, String contributingDepartment, String note, int lateBy)
            implements TicketEvent {
    }

    record ExtensionRequested(Transition transition, int workingDays, String reason) implements TicketEvent {
    }

    /** @param resolveDue the resolution deadline after the decision */
    record ExtensionDecided(Transition transition, boolean approved, int workingDays, String comment,
                            LocalDate resolveDue) implements TicketEvent {
    }

    /** @param allowance the extensions the ticket may now have approved in all */
    record ExtensionAllowed(Transition transition, int additional, int allowance, String reason)
            implements TicketEvent {
    }

    /** @param lapsedExtension the extension request that was waiting for the head, lapsed; null when none */
    record TicketSuspended(Transition transition, String reason, LocalDate reviewOn,
                           ExtensionRequest lapsedExtension) implements TicketEvent {
    }

    record SuspensionReviewDue(Transition transition, LocalDate reviewOn) implements TicketEvent {
    }

    /** @param resolveDue the resolution deadline, moved on by the working days the ticket was suspended */
    record TicketResumed(Transition transition, String note, LocalDate resolveDue) implements TicketEvent {
    }

    /** @param lapsedExtension the extension request that was waiting for the head, lapsed; null when none */
    record TicketResolved(Transition transition, Outcome outcome, String answer, LocalDate plannedFor,
                          LocalDate feedbackDue, ExtensionRequest lapsedExtension) implements TicketEvent {
    }

    /** @param byDefault no verdict came in time and satisfied was assumed */
    record FeedbackGiven(Transition transition, Satisfaction satisfaction, String comment, boolean byDefault)
            implements TicketEvent {
    }

    record TicketReopened(Transition transition, String comment, LocalDate resolveDue) implements TicketEvent {
    }

    record TicketClosed(Transition transition, Satisfaction satisfaction, boolean closedByDefault,
                        Timeliness timeliness, int workingDaysToResolve) implements TicketEvent {
    }

    /** @param escalatedTo the subject now supervising: {@code head:NRP}, {@code leader:331002} */
    record TicketEscalated(Transition transition, int level, String escalatedTo, EscalationReason reason)
            implements TicketEvent {
    }

    record LightChanged(Transition transition, Light previous, Light light) implements TicketEvent {
    }

    enum AssignmentReason { ROUTED, TRANSFERRED, REROUTED }

    enum EscalationReason { OVERDUE, OVERDUE_FURTHER, DISSATISFIED_AGAIN }
}
