package gov.enterprise.resolution.messaging;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.resolution.ContributionAddedV1;
import gov.enterprise.contracts.resolution.ExtensionAllowedV1;
import gov.enterprise.contracts.resolution.ExtensionDecidedV1;
import gov.enterprise.contracts.resolution.ExtensionRequestedV1;
import gov.enterprise.contracts.resolution.FeedbackGivenV1;
import gov.enterprise.contracts.resolution.LightChangedV1;
import gov.enterprise.contracts.resolution.ProgressNotedV1;
import gov.enterprise.contracts.resolution.SuspensionReviewDueV1;
import gov.enterprise.contracts.resolution.TicketAcceptedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketClosedV1;
import gov.enterprise.contracts.resolution.TicketEscalatedV1;
import gov.enterprise.contracts.resolution.TicketReopenedV1;
import gov.enterprise.contracts.resolution.TicketResolvedV1;
import gov.enterprise.contracts.resolution.TicketResumedV1;
import gov.enterprise.contracts.resolution.TicketReturnedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.contracts.resolution.TicketSuspendedV1;
import gov.enterprise.contracts.resolution.TicketTransferredV1;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketEvent;
import gov.enterprise.resolution.ticket.TicketEvent.ContributionAdded;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionAllowed;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionDecided;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionRequested;
import gov.enterprise.resolution.ticket.TicketEvent.FeedbackGiven;
import gov.enterprise.resolution.ticket.TicketEvent.LightChanged;
import gov.enterprise.resolution.ticket.TicketEvent.ProgressNoted;
import gov.enterprise.resolution.ticket.TicketEvent.SuspensionReviewDue;
import gov.enterprise.resolution.ticket.TicketEvent.TicketAccepted;
import gov.enterprise.resolution.ticket.TicketEvent.TicketAssigned;
import gov.enterprise.resolution.ticket.TicketEvent.TicketClosed;
import gov.enterprise.resolution.ticket.TicketEvent.TicketEscalated;
import gov.enterprise.resolution.ticket.TicketEvent.TicketReopened;
import gov.enterprise.resolution.ticket.TicketEvent.TicketResolved;
import gov.enterprise.resolution.ticket.TicketEvent.TicketResumed;
import gov.enterprise.resolution.ticket.TicketEvent.TicketReturned;
import gov.enterprise.resolution.ticket.TicketEvent.TicketSuspended;
import gov.enterprise.resolution.ticket.TicketEvent.TicketTransferred;
import gov.enterprise.resolution.ticket.TicketRecord;

/**
 * The published form of the ticket's events ({@code gov.enterprise.contracts.resolution}): the wire format never
 * carries domain objects. Every contract record carries the {@link TicketSnapshot} of the ticket after the action.
 */
final class ResolutionContracts {

    private ResolutionContracts() {
    }

    static TicketSnapshot snapshot(Ticket ticket) {
        TicketRecord t = ticket.toRecord();
        return new TicketSnapshot(t.issueId(), new EnterpriseFacts(t.enterprise().uscc(), t.enterprise().regionCode(),
                t.enterprise().cluster(), t.enterprise().scale()), t.category(), t.department(), t.coDepartments(),
                t.state().name(), t.light().name(), t.acceptDue(), t.resolveDue(), t.escalationLevel(), t.extended(),
                t.reopenCount(), name(t.outcome()), t.version(), t.reportedAt(), t.assignedAt(), t.priority(),
                t.routedAt(), t.acceptedAt(), t.resolvedAt(), t.closedAt(), name(t.satisfaction()),
                name(t.timeliness()), t.escalatedTo());
    }

    static Record contract(TicketEvent event, TicketSnapshot s) {
        var step = event.transition();
        String by = step.by();
        var at = step.at();
        return switch (event) {
            case TicketAssigned e -> new TicketAssignedV1(s, e.reason().name(), at);
            case TicketAccepted e -> new TicketAcceptedV1(s, by, at);
            case TicketTransferred e -> new TicketTransferredV1(s, e.fromDepartment(), e.toDepartment(), e.reason(),
                    by, at);
            case TicketReturned e -> new TicketReturnedV1(s, step.department(), e.reason(), by, at);
            case ProgressNoted e -> new ProgressNotedV1(s, e.note(), by, at);
            case ContributionAdded e -> new ContributionAddedV1(s, e.contributingDepartment(), e.note(), by,
                    e.lateBy(), at);
            case ExtensionRequested e -> new ExtensionRequestedV1(s, e.workingDays(), e.reason(), by, at);
            case ExtensionDecided e -> new ExtensionDecidedV1(s, e.approved(), e.comment(), by, at);
            case ExtensionAllowed e -> new ExtensionAllowedV1(s, e.additional(), e.allowance(), e.reason(), by, at);
            case TicketSuspended e -> new TicketSuspendedV1(s, e.reason(), e.reviewOn(), by, at);
            case SuspensionReviewDue e -> new SuspensionReviewDueV1(s, e.reviewOn(), at);
            case TicketResumed e -> new TicketResumedV1(s, e.note(), by, at);
            case TicketResolved e -> new TicketResolvedV1(s, e.outcome().name(), e.answer(), e.plannedFor(), by, at);
            case FeedbackGiven e -> new FeedbackGivenV1(s, e.satisfaction().name(), e.comment(), by, e.byDefault(),
                    at);
            case TicketReopened e -> new TicketReopenedV1(s, e.comment(), at);
            case TicketClosed e -> new TicketClosedV1(s, e.satisfaction().name(), e.closedByDefault(),
                    e.timeliness().name(), e.workingDaysToResolve(), at);
            case TicketEscalated e -> new TicketEscalatedV1(s, e.level(), e.escalatedTo(), e.reason().name(), at);
            case LightChanged e -> new LightChangedV1(s, e.previous().name(), at);
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
