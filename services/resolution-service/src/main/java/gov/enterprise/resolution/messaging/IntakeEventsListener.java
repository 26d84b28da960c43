package gov.enterprise.resolution.messaging;

import gov.enterprise.calendar.InvalidCalendarException;
import gov.enterprise.calendar.YearCalendar;
import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.intake.CalendarYearLoadedV1;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.PollPreparation;
import gov.enterprise.messaging.consumer.RejectedEventException;
import gov.enterprise.resolution.calendar.LoadedCalendar;
import gov.enterprise.resolution.deadline.DeadlineEvaluation;
import gov.enterprise.resolution.handling.TicketOpening;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.Routing;
import gov.enterprise.resolution.ticket.TransitionRefused;
import java.time.DateTimeException;
import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * What the resolution service takes from intake: routed issues become tickets, re-routed (returned) ones are
 * assigned anew, and a loaded calendar year is what the clocks count by from then on. Every other intake event is
 * acknowledged and ignored. Redelivered events change nothing (the
 * backbone records processed event ids; a ticket is also opened once per issue, whatever the event id). A poll's
 * tickets are looked up at once, and those it opens written together before it commits.
 */
@EventsListener(topic = Topics.INTAKE_EVENTS)
class IntakeEventsListener implements PollPreparation {

    private final TicketOpening opening;
    private final LoadedCalendar calendar;
    private final DeadlineEvaluation evaluation;

    IntakeEventsListener(TicketOpening opening, LoadedCalendar calendar, DeadlineEvaluation evaluation) {
        this.opening = opening;
        this.calendar = calendar;
        this.evaluation = evaluation;
    }

    @Override
    public void preparing(List<String> issueIds) {
        opening.preparing(issueIds);
    }

    void on(IssueRoutedV1 event) {
        opening.routed(event.issueId(), enterprise(event.enterprise()), event.title(), event.description(),
                routing(event.routing()), event.reportedAt(), event.routedAt());
    }

    void on(IssueReroutedV1 event) {
        try {
            opening.rerouted(event.issueId(), enterprise(event.enterprise()), event.title(), event.description(),
                    routing(event.routing()), event.reroutedAt());
        } catch (TransitionRefused refused) {
            throw new RejectedEventException("issue " + event.issueId() + " was re-routed, but its ticket is "
                    + refused.state() + ", not RETURNED: " + refused.getMessage(), refused);
        }
    }

    /**
     * Deadlines set from now on count by the loaded year; those set before keep their days (the department was
     * told them), and intake marked them provisional if they fell in a year not loaded then. The days their lights
     * turn and their escalation climbs are counted again by the loaded year.
     */
    void on(CalendarYearLoadedV1 event) {
        YearCalendar year;
        try {
            year = new YearCalendar(Year.of(event.year()), Set.copyOf(event.holidays()),
                    Set.copyOf(event.makeUpWorkdays()));
        } catch (InvalidCalendarException | DateTimeException invalid) {
            throw new RejectedEventException("calendar year " + event.year() + " is not a valid arrangement: "
                    + invalid.getMessage(), invalid);
        }
        if (calendar.load(year, event.loadedBy(), event.loadedAt())) {
            evaluation.recheckFrom(year.year().atDay(1));
        }
    }

    private static Enterprise enterprise(EnterpriseFacts facts) {
        return new Enterprise(facts.uscc(), facts.regionCode(), facts.cluster(), facts.scale());
    }

    private static Routing routing(gov.enterprise.contracts.intake.Routing routing) {
        return new Routing(routing.category(), routing.priority(), routing.leadDepartment(), routing.coDepartments(),
                routing.acceptDue(), routing.resolveDue());
    }
}
