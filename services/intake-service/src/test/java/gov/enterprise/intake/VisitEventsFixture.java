package gov.enterprise.intake;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.visit.EnterprisePairingChangedV1;
import gov.enterprise.contracts.visit.EnterpriseRegisteredV1;
import gov.enterprise.contracts.visit.VisitEvents;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events of the visit service, as it will publish them, for tests that play its part. */
public final class VisitEventsFixture {

    private VisitEventsFixture() {
    }

    public static EnterpriseFacts pumpMakerIn(String regionCode, String uscc) {
        return new EnterpriseFacts(uscc, regionCode, "PUMP", "ABOVE_SCALE");
    }

    public static EventEnvelope<EnterpriseRegisteredV1> registered(EnterpriseFacts facts, String name) {
        return envelope(VisitEvents.ENTERPRISE_REGISTERED, facts.uscc(),
                new EnterpriseRegisteredV1(facts, name, List.of(), Instant.parse("2026-01-05T01:00:00Z")));
    }

    public static EventEnvelope<EnterprisePairingChangedV1> paired(String uscc, String... cadreIds) {
        return envelope(VisitEvents.PAIRING_CHANGED, uscc,
                new EnterprisePairingChangedV1(uscc, List.of(cadreIds), Instant.parse("2026-01-05T01:00:00Z")));
    }

    public static EventEnvelope<VisitRecordedV1> visit(String visitId, EnterpriseFacts facts, String cadreId,
                                                       VisitRecordedV1.RaisedIssue... issues) {
        Instant visitedAt = Instant.parse("2026-09-24T06:00:00Z");
        return envelope(VisitEvents.RECORDED, facts.uscc(), new VisitRecordedV1(visitId, facts, cadreId, visitedAt,
                "ON_SITE", "走访了解企业生产经营情况", List.of(issues), visitedAt.plusSeconds(600)));
    }

    public static VisitRecordedV1.RaisedIssue raised(String issueId, String title, String description, String hint) {
        return new VisitRecordedV1.RaisedIssue(issueId, title, description, hint);
    }

    /** The same event again under a new id, as a producer that re-sends a visit would publish it. */
    public static <T extends Record> EventEnvelope<T> resent(EventEnvelope<T> event) {
        return new EventEnvelope<>(UUID.randomUUID(), event.type(), event.source(), event.subject(), event.time(),
                event.data());
    }

    private static <T extends Record> EventEnvelope<T> envelope(EventType<T> type, String subject, T data) {
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), "/visit-service", subject,
                Instant.parse("2026-09-24T06:10:00Z"), data);
    }
}
