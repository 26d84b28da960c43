package gov.enterprise.oversight.messaging;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.intake.DuplicateConfirmedV1;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.DuplicateRejectedV1;
import gov.enterprise.contracts.intake.IssueRejectedV1;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.PollPreparation;
import gov.enterprise.oversight.projection.IssueProjection;
import java.util.List;

/** Every intake event: issues collected, routed, triaged, merged as duplicates or rejected. */
@EventsListener(topic = Topics.INTAKE_EVENTS)
class IntakeEventsListener implements PollPreparation {

    private final IssueProjection issues;

    IntakeEventsListener(IssueProjection issues) {
        this.issues = issues;
    }

    @Override
    public void preparing(List<String> issueIds) {
        issues.prepare(issueIds);
    }

    void on(IssueReportedV1 event) {
        apply(event);
    }

    void on(IssueRoutedV1 event) {
        apply(event);
    }

    void on(IssueReroutedV1 event) {
        apply(event);
    }

    void on(IssueSentToTriageV1 event) {
        apply(event);
    }

    void on(DuplicateFlaggedV1 event) {
        apply(event);
    }

    void on(DuplicateConfirmedV1 event) {
        apply(event);
    }

    void on(DuplicateRejectedV1 event) {
        apply(event);
    }

    void on(IssueRejectedV1 event) {
        apply(event);
    }

    private void apply(Record event) {
        ContractMapping.issueChange(event).ifPresent(issues::apply);
    }
}
