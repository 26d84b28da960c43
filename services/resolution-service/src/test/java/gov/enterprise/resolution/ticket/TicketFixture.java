package gov.enterprise.resolution.ticket;

import gov.enterprise.resolution.calendar.OfficialCalendar;
import gov.enterprise.security.Subject;
import gov.enterprise.security.fixture.UsccFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Tickets in every state the state machine can rest in, each brought there by the real transitions, on the 2026
 * official calendar: routed on Thursday 24 September 2026, just before the Mid-Autumn and National Day holidays
 * (25–27 September and 1–7 October off, Saturday 10 October worked).
 */
final class TicketFixture {

    static final Deadlines DEADLINES = new Deadlines(OfficialCalendar.bundled(), DeadlinePolicy.standard());

    static final String ISSUE = "ISS-2026-000123";
    static final String NRP = "NRP";
    static final String INV = "INV";
    static final String DRC = "DRC";
    static final String USCC = UsccFixture.code("331002", 1);
    static final Enterprise ACME = new Enterprise(USCC, "331002", "AUTO", "ABOVE_SCALE");

    static final Subject NRP_OFFICER = Subject.officer(NRP);
    static final Subject INV_OFFICER = Subject.officer(INV);
    static final Subject DRC_OFFICER = Subject.officer(DRC);
    static final Subject NRP_HEAD = Subject.head(NRP);
    static final Subject LEADER = Subject.leader("331002");
    static final Subject CONTACT = Subject.enterprise(USCC);

    /** Routed on Thursday: accept by the next working day, Monday 28 September; resolve within 15 working days. */
    static final LocalDate ROUTED_ON = on("2026-09-24");
    static final LocalDate ACCEPT_DUE = on("2026-09-28");
    static final LocalDate RESOLVE_DUE = on("2026-10-22");

    private TicketFixture() {
    }

    static LocalDate on(String day) {
        return LocalDate.parse(day);
    }

    /** A local time in China. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(DeadlinePolicy.CHINA).toInstant();
    }

    static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(DeadlinePolicy.CHINA).toInstant();
    }

    static Routing routing() {
        return new Routing("LAND", "NORMAL", NRP, List.of(INV), ACCEPT_DUE, RESOLVE_DUE);
    }

    static Ticket.Opening opening() {
        return Ticket.open(ISSUE, ACME, "Land for the new workshop", "The plot promised in 2025 is not handed over",
                routing(), at("2026-09-24T09:30"), at("2026-09-24T10:00"), DEADLINES);
    }

    static Ticket assigned() {
        return opening().ticket();
    }

    static Ticket accepted() {
        Ticket ticket = assigned();
        ticket.accept(NRP_OFFICER, at("2026-09-24T11:00"));
        return ticket;
    }

    static Ticket inProgress() {
        Ticket ticket = accepted();
        ticket.noteProgress(NRP_OFFICER, "Site visit booked", at("2026-09-28T10:00"));
        return ticket;
    }

    static Ticket withPendingExtension() {
        Ticket ticket = inProgress();
        ticket.requestExtension(NRP_OFFICER, 5, "Waiting for the land survey", at("2026-10-12T10:00"));
        return ticket;
    }

    static Ticket withExtensionUsed() {
        Ticket ticket = withPendingExtension();
        ticket.decideExtension(NRP_HEAD, true, "Granted", at("2026-10-12T15:00"));
        return ticket;
    }

    static Ticket suspended() {
        Ticket ticket = inProgress();
        ticket.suspend(NRP_OFFICER, "Needs the 2027 land quota", on("2026-11-16"), at("2026-10-09T10:00"));
        return ticket;
    }

    static Ticket resolved() {
        Ticket ticket = inProgress();
        ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "The plot is handed over on 15 October", null,
                at("2026-10-14T16:00"));
        return ticket;
    }

    static Ticket reopened() {
        Ticket ticket = resolved();
        ticket.giveFeedback(CONTACT, Satisfaction.DISSATISFIED, "The plot is smaller than agreed",
                at("2026-10-15T10:00"));
        return ticket;
    }

    static Ticket closed() {
        Ticket ticket = resolved();
        ticket.giveFeedback(CONTACT, Satisfaction.SATISFIED, null, at("2026-10-15T10:00"));
        return ticket;
    }

    static Ticket returned() {
        Ticket ticket = assigned();
        ticket.returnToIntake(NRP_OFFICER, "Not a land matter: a power connection", at("2026-09-24T14:00"));
        return ticket;
    }
}
