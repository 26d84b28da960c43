package gov.enterprise.oversight.messaging;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.visit.EnterpriseChangedV1;
import gov.enterprise.contracts.visit.EnterpriseRegisteredV1;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.oversight.projection.VisitProjection;

/** Visits (for "enterprises visited" and "visits") and enterprise files (for names). Pairings are ignored. */
@EventsListener(topic = Topics.VISIT_EVENTS)
class VisitEventsListener {

    private final VisitProjection visits;

    VisitEventsListener(VisitProjection visits) {
        this.visits = visits;
    }

    void on(VisitRecordedV1 event) {
        apply(event);
    }

    void on(EnterpriseRegisteredV1 event) {
        apply(event);
    }

    void on(EnterpriseChangedV1 event) {
        apply(event);
    }

    private void apply(Record event) {
        ContractMapping.visitChange(event).ifPresent(visits::apply);
    }
}
