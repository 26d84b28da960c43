package gov.enterprise.oversight.messaging;

import gov.enterprise.contracts.Topics;
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
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.PollPreparation;
import gov.enterprise.oversight.projection.IssueProjection;
import java.util.List;

/**
 * Every resolution event: each carries the ticket's snapshot after it, which is what the figures read; the closing
 * event adds timeliness, satisfaction and working days, the escalation event who supervises.
 */
@EventsListener(topic = Topics.RESOLUTION_EVENTS)
class ResolutionEventsListener implements PollPreparation {

    private final IssueProjection issues;

    ResolutionEventsListener(IssueProjection issues) {
        this.issues = issues;
    }

    @Override
    public void preparing(List<String> issueIds) {
        issues.prepare(issueIds);
    }

    void on(TicketAssignedV1 event) {
        apply(event);
    }

    void on(TicketAcceptedV1 event) {
        apply(event);
    }

    void on(TicketTransferredV1 event) {
        apply(event);
    }

    void on(TicketReturnedV1 event) {
        apply(event);
    }

    void on(ProgressNotedV1 event) {
        apply(event);
    }

    void on(ContributionAddedV1 event) {
        apply(event);
    }

    void on(ExtensionRequestedV1 event) {
        apply(event);
    }

    void on(ExtensionDecidedV1 event) {
        apply(event);
    }

    void on(ExtensionAllowedV1 event) {
        apply(event);
    }

    void on(TicketSuspendedV1 event) {
        apply(event);
    }

    void on(SuspensionReviewDueV1 event) {
        apply(event);
    }

    void on(TicketResumedV1 event) {
        apply(event);
    }

    void on(TicketResolvedV1 event) {
        apply(event);
    }

    void on(FeedbackGivenV1 event) {
        apply(event);
    }

    void on(TicketReopenedV1 event) {
        apply(event);
    }

    void on(TicketClosedV1 event) {
        apply(event);
    }

    void on(TicketEscalatedV1 event) {
        apply(event);
    }

    void on(LightChangedV1 event) {
        apply(event);
    }

    private void apply(Record event) {
        ContractMapping.issueChange(event).ifPresent(issues::apply);
    }
}
