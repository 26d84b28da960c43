package gov.enterprise.intake.messaging;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.visit.EnterpriseChangedV1;
import gov.enterprise.contracts.visit.EnterprisePairingChangedV1;
import gov.enterprise.contracts.visit.EnterpriseRegisteredV1;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.enterprise.Enterprises;
import gov.enterprise.intake.issue.Channel;
import gov.enterprise.intake.issue.IssueIntake;
import gov.enterprise.intake.issue.NewIssue;
import gov.enterprise.intake.issue.ReportOutcome;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.RejectedEventException;
import java.util.regex.Pattern;

/**
 * What intake takes from {@code visit.events}: the enterprise facts it routes on, the cadres paired with each
 * enterprise (for "issues of my paired enterprises"), and the issues raised during visits, each created once by its
 * issue id however often the visit is delivered.
 */
@EventsListener(topic = Topics.VISIT_EVENTS)
public class VisitEventsListener {

    static final Pattern ISSUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final Enterprises enterprises;
    private final IssueIntake intake;

    public VisitEventsListener(Enterprises enterprises, IssueIntake intake) {
        this.enterprises = enterprises;
        this.intake = intake;
    }

    public void on(EnterpriseRegisteredV1 event) {
        enterprises.save(enterprise(event.enterprise()), event.name());
    }

    public void on(EnterpriseChangedV1 event) {
        enterprises.save(enterprise(event.enterprise()), event.name());
    }

    public void on(EnterprisePairingChangedV1 event) {
        enterprises.replacePairing(event.uscc(), event.cadreIds());
    }

    public void on(VisitRecordedV1 event) {
        Enterprise enterprise = enterprise(event.enterprise());
        for (VisitRecordedV1.RaisedIssue raised : event.issues()) {
            if (!ISSUE_ID.matcher(raised.issueId()).matches()) {
                throw new RejectedEventException("visit " + event.visitId() + " raises issue id '" + raised.issueId()
                        + "', which is not 1 to 64 letters, digits, '.', '_', ':' or '-'");
            }
            ReportOutcome outcome = intake.raised(new NewIssue(raised.issueId(), enterprise, raised.title(),
                    raised.description(), raised.categoryHint(), Channel.VISIT, event.visitId(),
                    "cadre:" + event.cadreId(), event.visitedAt()));
            if (outcome instanceof ReportOutcome.IssueIdTaken taken) {
                throw new RejectedEventException("visit " + event.visitId() + " raises issue " + taken.issueId()
                        + ", but that id, and the one derived from the visit, already name different issues");
            }
        }
    }

    private static Enterprise enterprise(EnterpriseFacts facts) {
        return new Enterprise(facts.uscc(), facts.regionCode(), facts.cluster(), facts.scale());
    }
}
