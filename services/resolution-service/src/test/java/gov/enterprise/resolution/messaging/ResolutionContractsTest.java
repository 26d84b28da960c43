package gov.enterprise.resolution.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.contracts.resolution.ResolutionEvents;
import gov.enterprise.contracts.resolution.TicketClosedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.resolution.calendar.OfficialCalendar;
import gov.enterprise.resolution.ticket.DeadlinePolicy;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.Outcome;
import gov.enterprise.resolution.ticket.Routing;
import gov.enterprise.resolution.ticket.Satisfaction;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketEvent;
import gov.enterprise.security.Subject;
import gov.enterprise.security.fixture.UsccFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every domain event has its published contract, and what is published reads back as it was meant. */
class ResolutionContractsTest {

    private static final Deadlines DEADLINES = new Deadlines(OfficialCalendar.bundled(), DeadlinePolicy.standard());
    private static final String USCC = UsccFixture.code("331002", 1);
    private static final CloudEventsBinding BINDING = new CloudEventsBinding(EventCatalog.standard());

    @Test
    void everyKindOfDomainEventMapsToAPublishedResolutionEvent() {
        var published = new HashSet<Class<?>>();
        for (List<TicketEvent> events : aLifeWithEveryKindOfEvent()) {
            for (TicketEvent event : events) {
                Record contract = ResolutionContracts.contract(event, snapshot());
                assertThat(BINDING.catalog().forPayload(contract.getClass())).as(event.toString()).isPresent();
                published.add(contract.getClass());
            }
        }
        Set<Class<?>> all = new HashSet<>();
        ResolutionEvents.ALL.forEach(type -> all.add(type.payloadType()));
        assertThat(published).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void theSnapshotCarriesTheFiguresAndSurvivesTheWire() {
        var lives = aLifeWithEveryKindOfEvent();
        Ticket closed = closedTicket();
        TicketEvent last = lives.getLast().getLast();

        var envelope = BINDING.envelope(ResolutionContracts.contract(last, ResolutionContracts.snapshot(closed)),
                "/resolution-service", closed.issueId(), Instant.parse("2026-10-15T02:00:00Z"));
        var read = (TicketClosedV1) BINDING.decode(BINDING.attributes(envelope), BINDING.body(envelope)).data();

        TicketSnapshot snapshot = read.ticket();
        assertThat(snapshot.state()).isEqualTo("CLOSED");
        assertThat(snapshot.enterprise().regionCode()).isEqualTo("331002");
        assertThat(snapshot.coDepartments()).containsExactly("INV");
        assertThat(snapshot.priority()).isEqualTo("NORMAL");
        assertThat(snapshot.satisfaction()).isEqualTo("SATISFIED");
        assertThat(snapshot.timeliness()).isEqualTo("ON_TIME");
        assertThat(snapshot.resolvedAt()).isNotNull();
        assertThat(snapshot.closedAt()).isNotNull();
        assertThat(snapshot.version()).isEqualTo(closed.version());
    }

    private static Ticket closedTicket() {
        Ticket ticket = open();
        ticket.accept(Subject.officer("NRP"), at("2026-09-24T03:00:00Z"));
        ticket.resolve(Subject.officer("NRP"), Outcome.SOLVED, "Done", null, at("2026-10-14T08:00:00Z"));
        ticket.giveFeedback(Subject.enterprise(USCC), Satisfaction.SATISFIED, null, at("2026-10-15T02:00:00Z"));
        return ticket;
    }

    /** Tickets taken through every transition there is, so that every kind of event occurs at least once. */
    private static List<List<TicketEvent>> aLifeWithEveryKindOfEvent() {
        var officer = Subject.officer("NRP");
        var lives = new ArrayList<List<TicketEvent>>();
        var opening = Ticket.open("ISS-1", enterprise(), "t", "d", routing(), at("2026-09-24T01:00:00Z"),
                at("2026-09-24T02:00:00Z"), DEADLINES);
        Ticket a = opening.ticket();
        lives.add(opening.events());
        lives.add(a.evaluate(at("2026-10-12T01:00:00Z")));
        lives.add(a.transfer(officer, "DRC", "theirs", at("2026-10-12T02:00:00Z")));
        lives.add(a.returnToIntake(Subject.officer("DRC"), "misrouted", at("2026-10-12T03:00:00Z")));
        lives.add(a.reassign(routing(), at("2026-10-13T02:00:00Z")));

        Ticket b = open();
        lives.add(b.accept(officer, at("2026-09-24T03:00:00Z")));
        lives.add(b.noteProgress(officer, "visit", at("2026-09-28T03:00:00Z")));
        lives.add(b.contribute(Subject.officer("INV"), "agreed", at("2026-09-28T04:00:00Z")));
        lives.add(b.requestExtension(officer, 5, "survey", at("2026-09-28T05:00:00Z")));
        lives.add(b.decideExtension(Subject.head("NRP"), true, "ok", at("2026-09-28T06:00:00Z")));
        lives.add(b.allowExtension(Subject.leader("331002"), 1, "policy", at("2026-09-28T07:00:00Z")));
        lives.add(b.suspend(officer, "quota", LocalDate.parse("2026-10-12"), at("2026-09-29T03:00:00Z")));
        lives.add(b.remindReview(at("2026-10-12T01:00:00Z")));
        lives.add(b.resume(officer, "quota came", at("2026-10-12T03:00:00Z")));
        lives.add(b.resolve(officer, Outcome.SOLVED, "done", null, at("2026-10-13T03:00:00Z")));
        lives.add(b.giveFeedback(Subject.enterprise(USCC), Satisfaction.DISSATISFIED, "no",
                at("2026-10-14T03:00:00Z")));
        lives.add(b.resolve(officer, Outcome.EXPLAINED, "policy", null, at("2026-10-15T03:00:00Z")));
        lives.add(b.closeWithoutFeedback(at("2026-10-23T03:00:00Z")));
        return lives;
    }

    private static Ticket open() {
        return Ticket.open("ISS-2", enterprise(), "t", "d", routing(), at("2026-09-24T01:00:00Z"),
                at("2026-09-24T02:00:00Z"), DEADLINES).ticket();
    }

    private static TicketSnapshot snapshot() {
        return ResolutionContracts.snapshot(open());
    }

    private static Enterprise enterprise() {
        return new Enterprise(USCC, "331002", "AUTO", "ABOVE_SCALE");
    }

    private static Routing routing() {
        return new Routing("LAND", "NORMAL", "NRP", List.of("INV"), LocalDate.parse("2026-09-28"),
                LocalDate.parse("2026-10-22"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
