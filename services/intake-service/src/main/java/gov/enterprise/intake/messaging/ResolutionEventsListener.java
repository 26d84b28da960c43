package gov.enterprise.intake.messaging;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.resolution.ContributionAddedV1;
import gov.enterprise.contracts.resolution.ExtensionAllowedV1;
import gov.enterprise.contracts.resolution.ExtensionDecidedV1;
import gov.enterprise.contracts.resolution.ExtensionRequestedV1;
import gov.enterprise.contracts.resolution.FeedbackGivenV1;
import gov.enterprise.contracts.resolution.LightChangedV1;
import gov.enterprise.contracts.resolution.ProgressNotedV1;
import gov.enterprise.contracts.resolution.SuspensionReviewDueV1;
import gov.enterprise.contracts.resolution.TicketAcceptedV1;
import gov.enterprise.contracts.resolution.TicketAssignedV1;
import gov.enterprise.contracts.resolution.TicketClosedV1;
import gov.enterprise.contracts.resolution.TicketEscalatedV1;
import gov.enterprise.contracts.resolution.TicketReopenedV1;
import gov.enterprise.contracts.resolution.TicketResolvedV1;
import gov.enterprise.contracts.resolution.TicketResumedV1;
import gov.enterprise.contracts.resolution.TicketReturnedV1;
import gov.enterprise.contracts.resolution.TicketSnapshot;
import gov.enterprise.contracts.resolution.TicketSuspendedV1;
import gov.enterprise.contracts.resolution.TicketTransferredV1;
import gov.enterprise.intake.issue.IssueNotFoundException;
import gov.enterprise.intake.issue.IssueStateException;
import gov.enterprise.intake.issue.ReturnRecord;
import gov.enterprise.intake.issue.TicketStatus;
import gov.enterprise.intake.issue.TicketTracking;
import gov.enterprise.messaging.consumer.EventsListener;
import gov.enterprise.messaging.consumer.PollPreparation;
import gov.enterprise.messaging.consumer.RejectedEventException;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the issue view current from {@code resolution.events}: every ticket event carries the ticket's snapshot
 * (state, department, deadlines, light) and adds a line to the issue's history. A returned ticket sends its issue
 * back to triage with the department's reason. A poll's issues are locked in one statement before its events are
 * applied, and written once before it commits.
 */
@EventsListener(topic = Topics.RESOLUTION_EVENTS)
public class ResolutionEventsListener implements PollPreparation {

    private static final String RESOLUTION = "resolution";

    private final TicketTracking tracking;

    public ResolutionEventsListener(TicketTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public void preparing(List<String> issueIds) {
        tracking.preparing(issueIds);
    }

    public void on(TicketReturnedV1 e) {
        applying(e.ticket(), () -> tracking.returned(e.ticket().issueId(),
                new ReturnRecord(e.department(), e.reason(), e.returnedBy(), e.at()), status(e.ticket(), e.at())));
    }

    public void on(TicketAssignedV1 e) {
        changed(e.ticket(), e.at(), "ticket-assigned", RESOLUTION,
                "assigned to " + e.ticket().department() + " (" + e.reason() + "), accept by "
                        + e.ticket().acceptDue() + ", resolve by " + e.ticket().resolveDue());
    }

    public void on(TicketAcceptedV1 e) {
        changed(e.ticket(), e.at(), "ticket-accepted", e.acceptedBy(),
                "accepted by " + e.ticket().department() + ", resolve by " + e.ticket().resolveDue());
    }

    public void on(TicketTransferredV1 e) {
        changed(e.ticket(), e.at(), "ticket-transferred", e.transferredBy(),
                "transferred from " + e.fromDepartment() + " to " + e.toDepartment() + ": " + e.reason());
    }

    public void on(ProgressNotedV1 e) {
        changed(e.ticket(), e.at(), "progress-noted", e.notedBy(), e.note());
    }

    public void on(ContributionAddedV1 e) {
        changed(e.ticket(), e.at(), "contribution-added", e.contributedBy(),
                e.department() + ": " + e.note() + (e.lateBy() > 0 ? " (" + e.lateBy() + " working days late)" : ""));
    }

    public void on(ExtensionRequestedV1 e) {
        changed(e.ticket(), e.at(), "extension-requested", e.requestedBy(),
                e.workingDays() + " more working days: " + e.reason());
    }

    public void on(ExtensionDecidedV1 e) {
        changed(e.ticket(), e.at(), "extension-decided", e.decidedBy(),
                (e.approved() ? "approved" : "denied") + (e.comment() == null ? "" : ": " + e.comment())
                        + "; resolve by " + e.ticket().resolveDue());
    }

    public void on(ExtensionAllowedV1 e) {
        changed(e.ticket(), e.at(), "extension-allowed", e.allowedBy(),
                e.additional() + " more extension(s), " + e.allowance() + " in all: " + e.reason());
    }

    public void on(TicketResumedV1 e) {
        changed(e.ticket(), e.at(), "ticket-resumed", e.resumedBy(), "taken up again"
                + (e.note() == null || e.note().isBlank() ? "" : ": " + e.note()) + "; resolve by "
                + e.ticket().resolveDue());
    }

    public void on(TicketSuspendedV1 e) {
        changed(e.ticket(), e.at(), "ticket-suspended", e.suspendedBy(),
                e.reason() + "; review on " + e.reviewOn());
    }

    public void on(SuspensionReviewDueV1 e) {
        changed(e.ticket(), e.at(), "suspension-review-due", RESOLUTION, "review due on " + e.reviewOn());
    }

    public void on(TicketResolvedV1 e) {
        changed(e.ticket(), e.at(), "ticket-resolved", e.resolvedBy(), e.outcome() + ": " + e.answer()
                + (e.plannedFor() == null ? "" : " (planned for " + e.plannedFor() + ")"));
    }

    public void on(FeedbackGivenV1 e) {
        changed(e.ticket(), e.at(), "feedback-given", e.givenBy(), e.satisfaction()
                + (e.byDefault() ? " (no answer in time: satisfied by default)" : "")
                + (e.comment() == null || e.comment().isBlank() ? "" : ": " + e.comment()));
    }

    public void on(TicketReopenedV1 e) {
        changed(e.ticket(), e.at(), "ticket-reopened", RESOLUTION,
                "reopened" + (e.comment() == null ? "" : ": " + e.comment()));
    }

    public void on(TicketClosedV1 e) {
        changed(e.ticket(), e.at(), "ticket-closed", RESOLUTION, "closed " + e.timeliness() + ", "
                + e.satisfaction() + (e.closedByDefault() ? " by default" : "") + ", " + e.workingDaysToResolve()
                + " working days to resolve");
    }

    public void on(TicketEscalatedV1 e) {
        changed(e.ticket(), e.at(), "ticket-escalated", RESOLUTION,
                "level " + e.level() + " to " + e.escalatedTo() + " (" + e.reason() + ")");
    }

    public void on(LightChangedV1 e) {
        changed(e.ticket(), e.at(), "light-changed", RESOLUTION,
                e.previousLight() + " -> " + e.ticket().light());
    }

    private void changed(TicketSnapshot ticket, Instant at, String kind, String actor, String detail) {
        applying(ticket, () -> tracking.changed(ticket.issueId(), status(ticket, at), kind, actor, detail));
    }

    private static void applying(TicketSnapshot ticket, Runnable change) {
        try {
            change.run();
        } catch (IssueNotFoundException | IssueStateException e) {
            // retrying cannot make an unknown issue known or undo a state: park it with the reason
            throw new RejectedEventException("ticket of issue " + ticket.issueId() + ": " + e.getMessage(), e);
        }
    }

    private static TicketStatus status(TicketSnapshot ticket, Instant at) {
        return new TicketStatus(ticket.state(), ticket.department(), ticket.coDepartments(), ticket.light(),
                ticket.acceptDue(), ticket.resolveDue(), ticket.escalationLevel(), ticket.extended(),
                ticket.outcome(), ticket.version(), at);
    }
}
