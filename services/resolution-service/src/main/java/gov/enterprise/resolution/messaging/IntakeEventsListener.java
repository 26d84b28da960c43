package gov.enterprise.resolution.messaging;

import gov.enterprise.contracts.EnterpriseFacts;
import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.intake.IssueReroutedV1;
import gov.enterprise.contracts.intake.IssueRoutedV1;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.RejectedEventException;
import gov.enterprise.resolution.handling.TicketOpening;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.Routing;
import gov.enterprise.resolution.ticket.TransitionRefused;

/**
 * What the resolution service takes from intake: routed issues become tickets, re-routed (returned) ones are
 * assigned anew. Every other intake event is acknowledged and ignored. Redelivered events change nothing (the
 * backbone records processed event ids; a ticket is also opened once per issue, whatever the event id).
 */
@EventsListener(topic = Topics.INTAKE_EVENTS)
class IntakeEventsListener {

    private final TicketOpening opening;

    IntakeEventsListener(TicketOpening opening) {
        this.opening = opening;
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

    private static Enterprise enterprise(EnterpriseFacts facts) {
        return new Enterprise(facts.uscc(), facts.regionCode(), facts.cluster(), facts.scale());
    }

    private static Routing routing(gov.enterprise.contracts.intake.Routing routing) {
        return new Routing(routing.category(), routing.priority(), routing.leadDepartment(), routing.coDepartments(),
                routing.acceptDue(), routing.resolveDue());
    }
}
