package gov.enterprise.oversight;

import static gov.enterprise.oversight.Campaign.enterprise;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.security.fixture.UsccFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small campaign whose every figure is worked out by hand in the tests: four enterprises in three counties of
 * Taizhou, five visits, ten issues with different fates (closed on time, answered, waiting, overdue, duplicate,
 * rejected, suspended, transferred, and one whose ticket events arrive before the issue's own), plus redeliveries.
 */
final class TaizhouCampaign {

    static final EnterpriseFacts E1 = enterprise(UsccFixture.code("331002", 1), "331002", "AUTO");    // 椒江区
    static final EnterpriseFacts E2 = enterprise(UsccFixture.code("331003", 2), "331003", "MOULD");   // 黄岩区
    static final EnterpriseFacts E3 = enterprise(UsccFixture.code("331081", 3), "331081", "PUMP");    // 温岭市
    static final EnterpriseFacts E4 = enterprise(UsccFixture.code("331002", 4), "331002", "AUTO");    // 椒江区

    private TaizhouCampaign() {
    }

    /** Everything except issue I10's intake events, with redeliveries; then I10's intake events on their own. */
    static List<List<EventEnvelope<?>>> batches() {
        var campaign = new Campaign();
        campaign.registered(E1, "台州市椒江汽车零部件有限公司", "2026-01-05T10:00")
                .registered(E2, "黄岩模具有限公司", "2026-01-05T10:00")
                .registered(E3, "温岭泵业有限公司", "2026-01-05T10:00")
                .registered(E4, "椒江精密机械有限公司", "2026-01-05T10:00");
        var v1 = campaign.visit("V1", E1, "2026-10-08T09:00");
        campaign.visit("V2", E1, "2026-10-09T09:00");
        campaign.visit("V3", E2, "2026-10-08T14:00");
        campaign.visit("V4", E3, "2026-09-20T10:00");
        campaign.visit("V5", E3, "2026-10-15T10:00");

        // I1: routed to NRP, accepted, solved, closed on time and satisfied
        campaign.reported("I1", E1, "2026-10-08T10:00")
                .routed("I1", E1, "LAND", "NRP", "2026-10-08T10:00", "2026-10-08T10:00:01")
                .ticket("I1", E1, "LAND", "2026-10-08T10:00", "2026-10-29")
                .assigned("NRP", "2026-10-08T10:00:02").accepted("2026-10-09T09:00")
                .resolved("SOLVED", "2026-10-20T16:00")
                .closed("ON_TIME", "SATISFIED", false, 9, "2026-10-23T10:00");
        List<EventEnvelope<?>> i1 = campaign.events().stream().filter(e -> "I1".equals(e.subject())).toList();
        // I2: answered (EXPLAINED: no legal basis), not closed yet
        campaign.reported("I2", E1, "2026-10-08T10:05")
                .routed("I2", E1, "FUND", "FBU", "2026-10-08T10:05", "2026-10-08T10:05:01")
                .ticket("I2", E1, "FUND", "2026-10-08T10:05", "2026-10-29")
                .assigned("FBU", "2026-10-08T10:05:02").accepted("2026-10-10T09:00")
                .resolved("EXPLAINED", "2026-10-21T15:00");
        var i2Accepted = campaign.events().get(campaign.events().size() - 2);
        // I3: never accepted, overdue since 10-20: its acceptance deadline (10-19) has passed, its resolution
        // deadline is still ahead
        campaign.reported("I3", E2, "2026-10-08T15:00")
                .routed("I3", E2, "LAND", "NRP", "2026-10-08T15:00", "2026-10-08T15:00:01")
                .ticket("I3", E2, "LAND", "2026-10-08T15:00", "2026-11-13").acceptBy("2026-10-19")
                .assigned("NRP", "2026-10-08T15:00:02").red("2026-10-20T00:10");
        // I4: accepted, overdue since 10-25, escalated to NRP's head
        campaign.reported("I4", E2, "2026-10-09T11:00")
                .routed("I4", E2, "LAND", "NRP", "2026-10-09T11:00", "2026-10-09T11:00:01")
                .ticket("I4", E2, "LAND", "2026-10-09T11:00", "2026-10-24")
                .assigned("NRP", "2026-10-09T11:00:02").accepted("2026-10-10T10:00").red("2026-10-25T00:10")
                .escalated(1, "head:NRP", "2026-10-27T09:00");
        // I5: a confirmed duplicate of I6; I6: sent to triage and rejected
        campaign.reported("I6", E3, "2026-10-15T10:30").sentToTriage("I6", E3, "2026-10-15T10:30:01")
                .rejected("I6", "2026-10-17T10:00");
        campaign.reported("I5", E3, "2026-10-15T11:00")
                .duplicate("I5", "I6", "2026-10-15T11:00:01", "2026-10-16T10:00");
        // I7: a long-term matter, suspended
        campaign.reported("I7", E3, "2026-10-16T09:00")
                .routed("I7", E3, "TALENT", "TAL", "2026-10-16T09:00", "2026-10-16T09:00:01")
                .ticket("I7", E3, "TALENT", "2026-10-16T09:00", "2026-11-06")
                .assigned("TAL", "2026-10-16T09:00:02").accepted("2026-10-17T09:00").suspended("2026-10-20T10:00");
        // I8: reported in September, closed late in October
        campaign.reported("I8", E4, "2026-09-25T10:00")
                .routed("I8", E4, "LAND", "NRP", "2026-09-25T10:00", "2026-09-25T10:00:01")
                .ticket("I8", E4, "LAND", "2026-09-25T10:00", "2026-10-16")
                .assigned("NRP", "2026-09-25T10:00:02").accepted("2026-09-26T09:00")
                .resolved("SOLVED", "2026-10-08T10:00")
                .closed("OVERDUE", "BASICALLY_SATISFIED", false, 20, "2026-10-10T10:00");
        // I9: routed to NRP, transferred to ENV, accepted there
        campaign.reported("I9", E1, "2026-10-20T09:00")
                .routed("I9", E1, "LAND", "NRP", "2026-10-20T09:00", "2026-10-20T09:00:01")
                .ticket("I9", E1, "LAND", "2026-10-20T09:00", "2026-11-10")
                .assigned("NRP", "2026-10-20T09:00:02").transferred("ENV", "2026-10-22T10:00")
                .accepted("2026-10-23T09:00");
        // I10: its ticket events only; closed as satisfied by default, on time after an extension
        campaign.ticket("I10", E4, "FINANCE", "2026-10-12T10:00", "2026-11-01")
                .assigned("FIN", "2026-10-12T10:00:02").accepted("2026-10-13T09:00")
                .resolved("SOLVED", "2026-10-14T15:00")
                .closed("ON_TIME_EXTENDED", "BASICALLY_SATISFIED", true, 3, "2026-10-16T10:00");

        var first = new ArrayList<EventEnvelope<?>>(campaign.take());
        // redeliveries: the same events again (same ids), then the same facts published again under new ids
        first.addAll(i1);
        first.add(again(i1.get(1)));
        first.add(again(i1.getLast()));
        first.add(again(i2Accepted));
        first.add(again(v1));

        campaign.reported("I10", E4, "2026-10-12T10:00")
                .routed("I10", E4, "FINANCE", "FIN", "2026-10-12T10:00", "2026-10-12T10:00:01");
        return List.of(first, campaign.take());
    }

    /** The same event published again with a new id, as a producer that lost track of the first would. */
    static <T extends Record> EventEnvelope<T> again(EventEnvelope<T> event) {
        return new EventEnvelope<>(UUID.randomUUID(), event.type(), event.source(), event.subject(), event.time(),
                event.data());
    }
}
