package gov.enterprise.contracts.visit;

import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.Topics;
import java.util.List;

/** The events the visit service publishes on {@code visit.events}, keyed by enterprise USCC. */
public final class VisitEvents {

    public static final EventType<EnterpriseRegisteredV1> ENTERPRISE_REGISTERED = EventType.of(
            "gov.enterprise.visit.enterprise-registered.v1", EnterpriseRegisteredV1.class, Topics.VISIT_EVENTS);
    public static final EventType<EnterpriseChangedV1> ENTERPRISE_CHANGED = EventType.of(
            "gov.enterprise.visit.enterprise-changed.v1", EnterpriseChangedV1.class, Topics.VISIT_EVENTS);
    public static final EventType<EnterprisePairingChangedV1> PAIRING_CHANGED = EventType.of(
            "gov.enterprise.visit.pairing-changed.v1", EnterprisePairingChangedV1.class, Topics.VISIT_EVENTS);
    public static final EventType<VisitRecordedV1> RECORDED = EventType.of(
            "gov.enterprise.visit.recorded.v1", VisitRecordedV1.class, Topics.VISIT_EVENTS);

    public static final List<EventType<?>> ALL =
            List.of(ENTERPRISE_REGISTERED, ENTERPRISE_CHANGED, PAIRING_CHANGED, RECORDED);

    private VisitEvents() {
    }
}
