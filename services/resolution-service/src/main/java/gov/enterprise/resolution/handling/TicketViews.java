package gov.enterprise.resolution.handling;

import gov.enterprise.resolution.history.TicketHistory;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketAccess;
import gov.enterprise.resolution.ticket.TicketAction;
import gov.enterprise.resolution.ticket.TicketRecord;
import gov.enterprise.resolution.ticket.TicketState;
import gov.enterprise.security.Subject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds {@link TicketView}s: today's lights, the co-departments' input, what the caller may do. */
@Component
public class TicketViews {

    private final TicketHistory history;
    private final TicketAccess access;
    private final Deadlines deadlines;
    private final Clock clock;

    TicketViews(TicketHistory history, TicketAccess access, Deadlines deadlines, Clock clock) {
        this.history = history;
        this.access = access;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    // no transaction of its own: a view reads at most one statement (the co-departments' contributions)
    public TicketView of(Ticket ticket, Subject caller) {
        TicketRecord t = ticket.toRecord();
        LocalDate today = deadlines.day(clock.instant());
        var allowed = EnumSet.noneOf(TicketAction.class);
        allowed.addAll(ticket.allowedActions());
        allowed.retainAll(access.permitted(caller, ticket));
        var running = ticket.deadline();
        return new TicketView(t.issueId(), t.title(), t.description(), t.category(), t.priority(),
                new TicketView.EnterpriseView(t.enterprise().uscc(), t.enterprise().regionCode(),
                        t.enterprise().cluster(), t.enterprise().scale()),
                t.department(), t.state().name(), ticket.lightOn(today).name(),
                running.map(deadline -> deadline.overdueOn(today)).orElse(false), t.acceptDue(), t.resolveDue(),
                TicketRepository.queueDue(t, running).equals(TicketRepository.NOTHING_DUE) ? null
                        : TicketRepository.queueDue(t, running),
                new TicketView.Escalation(t.escalationLevel(), t.escalatedTo()), coDepartments(t, today),
                new TicketView.Extension(t.extensionAllowance(), t.extensionsApproved(), t.extended(),
                        t.pendingExtension() == null ? null : new TicketView.PendingExtension(
                                t.pendingExtension().workingDays(), t.pendingExtension().reason(),
                                t.pendingExtension().requestedBy(), t.pendingExtension().requestedAt())),
                t.state() != TicketState.SUSPENDED ? null : new TicketView.Suspension(t.suspensionReason(),
                        t.suspendedOn(), t.reviewOn(), !today.isBefore(t.reviewOn())),
                t.resolvedAt() == null || t.outcome() == null ? null : new TicketView.Resolution(t.outcome().name(),
                        t.answer(), t.plannedFor(), t.resolvedAt(), t.feedbackDue()),
                t.closedAt() == null ? null : new TicketView.Closing(t.satisfaction().name(), t.closedByDefault(),
                        t.closedAt(), t.timeliness().name()),
                t.reopenCount(), t.reportedAt(), t.routedAt(), t.assignedAt(), t.acceptedAt(), t.version(),
                TicketAction.paths(allowed));
    }

    private List<TicketView.CoDepartment> coDepartments(TicketRecord t, LocalDate today) {
        if (t.coDepartments().isEmpty()) {
            return List.of();
        }
        // a department's notes are shown once it has contributed to the current routing (re-routing clears that),
        // so most views, those of tickets nobody has contributed to yet, read no history
        var contributions = t.contributed().isEmpty() ? List.<TicketHistory.Entry>of()
                : history.contributionsToCurrentRouting(t.issueId());
        return t.coDepartments().stream().map(department -> {
            boolean contributed = t.contributed().contains(department);
            String light = contributed || t.contributionDue() == null ? null
                    : deadlines.endingOn(t.contributionDue(), deadlines.policy().contributionWorkingDays())
                            .lightOn(today).name();
            var given = !contributed ? List.<TicketView.Contribution>of() : contributions.stream()
                    .filter(entry -> department.equals(entry.details().path("contributingDepartment").asString()))
                    .map(entry -> new TicketView.Contribution(entry.details().path("note").asString(),
                            entry.transition().by(), entry.transition().at(),
                            entry.details().path("lateBy").asInt()))
                    .toList();
            return new TicketView.CoDepartment(department, t.contributionDue(), contributed,
                    t.state().open() ? light : null, given);
        }).toList();
    }
}
