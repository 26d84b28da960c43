package gov.enterprise.resolution.ticket;

import static gov.enterprise.resolution.ticket.TicketFixture.DEADLINES;
import static gov.enterprise.resolution.ticket.TicketFixture.DRC;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP_OFFICER;
import static gov.enterprise.resolution.ticket.TicketFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.resolution.ticket.Ledger.Share;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Working days per department and per state, across a transfer. */
class LedgerTest {

    @Test
    void aTransferShowsTheDaysEachDepartmentHeldTheTicket() {
        var opening = TicketFixture.opening();
        Ticket ticket = opening.ticket();
        var events = new ArrayList<>(opening.events());
        events.addAll(ticket.accept(NRP_OFFICER, at("2026-09-24T11:00")));
        // NRP holds it from 24 September to 9 October: 28, 29, 30 September, 8 and 9 October
        events.addAll(ticket.transfer(NRP_OFFICER, DRC, "Investment approval", at("2026-10-09T10:00")));
        events.addAll(ticket.accept(TicketFixture.DRC_OFFICER, at("2026-10-12T10:00")));

        Ledger ledger = Ledger.of(events.stream().map(TicketEvent::transition).toList(), at("2026-10-14T10:00"),
                DEADLINES);

        assertThat(ledger.byDepartment()).containsExactly(new Share("NRP", 5), new Share("DRC", 4));
        assertThat(ledger.byState()).containsExactly(new Share("ASSIGNED", 2), new Share("ACCEPTED", 7),
                new Share("TRANSFERRED", 0));
    }

    @Test
    void aClosedTicketStopsCounting() {
        var opening = TicketFixture.opening();
        Ticket ticket = opening.ticket();
        var events = new ArrayList<>(opening.events());
        events.addAll(ticket.accept(NRP_OFFICER, at("2026-09-24T11:00")));
        events.addAll(ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "Done", null, at("2026-09-29T11:00")));
        events.addAll(ticket.giveFeedback(TicketFixture.CONTACT, Satisfaction.SATISFIED, null,
                at("2026-09-30T11:00")));

        Ledger ledger = Ledger.of(events.stream().map(TicketEvent::transition).toList(), at("2026-12-31T10:00"),
                DEADLINES);

        assertThat(ledger.byDepartment()).containsExactly(new Share("NRP", 3));
        assertThat(ledger.byState()).extracting(Share::name).containsExactly("ASSIGNED", "ACCEPTED", "RESOLVED",
                "CLOSED");
        assertThat(ledger.byState()).extracting(Share::workingDays).containsExactly(0, 2, 1, 0);
    }
}
