package gov.enterprise.visit.messaging;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.visit.EnterpriseChangedV1;
import gov.enterprise.contracts.visit.EnterprisePairingChangedV1;
import gov.enterprise.contracts.visit.EnterpriseRegisteredV1;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import gov.enterprise.messaging.outbox.Outbox;
import gov.enterprise.visit.enterprise.Enterprise;
import gov.enterprise.visit.enterprise.EnterpriseEvents;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.pairing.PairingEvents;
import gov.enterprise.visit.visit.RaisedIssue;
import gov.enterprise.visit.visit.Visit;
import gov.enterprise.visit.visit.VisitEventLog;
import java.time.Instant;
import java.util.List;

/**
 * The published contracts of the visit service, appended to the outbox in the transaction of the change; every
 * event is keyed by the enterprise's USCC, so each enterprise's events stay in order. The callers have locked or
 * updated the enterprise's row before, as the outbox requires.
 */
public class OutboxEvents implements EnterpriseEvents, PairingEvents, VisitEventLog {

    private final Outbox outbox;

    public OutboxEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(Enterprise enterprise) {
        outbox.append(new EnterpriseRegisteredV1(facts(enterprise), enterprise.details().name(),
                enterprise.details().tags(), enterprise.registeredAt()), enterprise.uscc().value());
    }

    @Override
    public void changed(Enterprise enterprise) {
        outbox.append(new EnterpriseChangedV1(facts(enterprise), enterprise.details().name(),
                enterprise.details().tags(), enterprise.changedAt()), enterprise.uscc().value());
    }

    @Override
    public void changed(Uscc uscc, List<String> cadreIds, Instant at) {
        outbox.append(new EnterprisePairingChangedV1(uscc.value(), cadreIds, at), uscc.value());
    }

    @Override
    public void recorded(Visit visit, Enterprise enterprise) {
        List<VisitRecordedV1.RaisedIssue> issues = visit.issues().stream()
                .map(OutboxEvents::raised)
                .toList();
        outbox.append(new VisitRecordedV1(visit.visitId().toString(), facts(enterprise), visit.cadreId(),
                visit.visitedAt(), visit.mode().name(), visit.summary(), issues, visit.recordedAt()),
                enterprise.uscc().value());
    }

    static EnterpriseFacts facts(Enterprise enterprise) {
        return new EnterpriseFacts(enterprise.uscc().value(), enterprise.regionCode(), enterprise.details().cluster(),
                enterprise.details().scale().name());
    }

    private static VisitRecordedV1.RaisedIssue raised(RaisedIssue issue) {
        return new VisitRecordedV1.RaisedIssue(issue.issueId().toString(), issue.title(), issue.description(),
                issue.categoryHint());
    }
}
