package gov.enterprise.visit.messaging;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.intake.DuplicateConfirmedV1;
import gov.enterprise.contracts.intake.DuplicateFlaggedV1;
import gov.enterprise.contracts.intake.IssueRejectedV1;
import gov.enterprise.contracts.intake.IssueReportedV1;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.contracts.intake.IssueSentToTriageV1;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.PollPreparation;
import gov.enterprise.messaging.consumer.RejectedEventException;
import gov.enterprise.visit.issue.IssueTracking;
import java.util.List;

/**
 * What the enterprise file takes from {@code intake.events}: each issue as reported, and where intake sent it
 * (routed to a department, to triage, also as a possible duplicate, merged as a duplicate, rejected). A flag's
 * dismissal leaves the issue in triage, so it changes nothing an enterprise file shows and is not consumed.
 */
@EventsListener(topic = Topics.INTAKE_EVENTS)
public class IntakeEventsListener implements PollPreparation {

    private final IssueTracking tracking;

    public IntakeEventsListener(IssueTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void preparing(List<String> issueIds) {
        tracking.preparing(issueIds);
    }

    public void on(IssueReportedV1 event, EventEnvelope<IssueReportedV1> envelope) {
        tracking.reported(event.issueId(), event.enterprise().uscc(), event.title(), event.channel(),
                event.visitId(), event.reportedBy(), event.reportedAt(), envelope.time());
    }

    public void on(IssueRoutedV1 event, EventEnvelope<IssueRoutedV1> envelope) {
        tracking.intakeState(event.issueId(), event.enterprise().uscc(), "ROUTED", event.routing().category(),
                event.routing().leadDepartment(), envelope.time());
    }

    public void on(IssueReroutedV1 event, EventEnvelope<IssueReroutedV1> envelope) {
        tracking.intakeState(event.issueId(), event.enterprise().uscc(), "ROUTED", event.routing().category(),
                event.routing().leadDepartment(), envelope.time());
    }

    public void on(IssueSentToTriageV1 event, EventEnvelope<IssueSentToTriageV1> envelope) {
        tracking.intakeState(event.issueId(), event.enterprise().uscc(), "TRIAGE", null, null, envelope.time());
    }

    /** A possible repeat waits in triage for an officer to confirm or dismiss the flag. */
    public void on(DuplicateFlaggedV1 event, EventEnvelope<DuplicateFlaggedV1> envelope) {
        ofKnownIssue(event.issueId(), "TRIAGE", envelope);
    }

    public void on(DuplicateConfirmedV1 event, EventEnvelope<DuplicateConfirmedV1> envelope) {
        ofKnownIssue(event.issueId(), "DUPLICATE", envelope);
    }

    public void on(IssueRejectedV1 event, EventEnvelope<IssueRejectedV1> envelope) {
        ofKnownIssue(event.issueId(), "REJECTED", envelope);
    }

    /**
     * These events name no enterprise, so they can only change an issue whose report was applied. One that comes
     * first (its report was dead-lettered, or read out of order across added partitions) is parked as a dead letter,
     * not dropped: replayed after the report, it is applied.
     */
    private void ofKnownIssue(String issueId, String state, EventEnvelope<?> envelope) {
        if (!tracking.intakeStateOfKnown(issueId, state, envelope.time())) {
            throw new RejectedEventException(envelope.type() + " of issue " + issueId
                    + " came before the issue's report; replay it after the report");
        }
    }
}
