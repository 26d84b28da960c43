package gov.enterprise.visit.messaging;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.EventEnvelope;
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
import gov.enterprise.contracts.resolution.TicketSuspendedV1;
import gov.enterprise.contracts.resolution.TicketTransferredV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.PollPreparation;
import gov.enterprise.visit.issue.IssueTracking;
import gov.enterprise.visit.issue.TicketState;
import java.util.List;

/**
 * What the enterprise file takes from {@code resolution.events}: every event carries the ticket as it stands after
 * it, so each one simply refreshes the issue's status, department, deadlines and traffic light.
 */
@EventsListener(topic = Topics.RESOLUTION_EVENTS)
public class ResolutionEventsListener implements PollPreparation {

    private final IssueTracking tracking;

    public ResolutionEventsListener(IssueTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void preparing(List<String> issueIds) {
        tracking.preparing(issueIds);
    }

    public void on(TicketAssignedV1 event, EventEnvelope<TicketAssignedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketAcceptedV1 event, EventEnvelope<TicketAcceptedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketTransferredV1 event, EventEnvelope<TicketTransferredV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketReturnedV1 event, EventEnvelope<TicketReturnedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(ProgressNotedV1 event, EventEnvelope<ProgressNotedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(ContributionAddedV1 event, EventEnvelope<ContributionAddedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(ExtensionRequestedV1 event, EventEnvelope<ExtensionRequestedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(ExtensionDecidedV1 event, EventEnvelope<ExtensionDecidedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(ExtensionAllowedV1 event, EventEnvelope<ExtensionAllowedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketSuspendedV1 event, EventEnvelope<TicketSuspendedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(SuspensionReviewDueV1 event, EventEnvelope<SuspensionReviewDueV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketResumedV1 event, EventEnvelope<TicketResumedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketResolvedV1 event, EventEnvelope<TicketResolvedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(FeedbackGivenV1 event, EventEnvelope<FeedbackGivenV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketReopenedV1 event, EventEnvelope<TicketReopenedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketClosedV1 event, EventEnvelope<TicketClosedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(TicketEscalatedV1 event, EventEnvelope<TicketEscalatedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    public void on(LightChangedV1 event, EventEnvelope<LightChangedV1> envelope) {
        apply(event.ticket(), envelope);
    }

    private void apply(TicketSnapshot ticket, EventEnvelope<?> envelope) {
        tracking.ticket(new TicketState(ticket.issueId(), ticket.enterprise().uscc(), ticket.category(),
                ticket.department(), ticket.state(), ticket.light(), ticket.acceptDue(), ticket.resolveDue(),
                ticket.escalationLevel(), ticket.outcome(), ticket.version()), envelope.time());
    }
}
