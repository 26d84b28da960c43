package gov.enterprise.resolution.ticket;

import static gov.enterprise.resolution.ticket.TicketState.ACCEPTED;
import static gov.enterprise.resolution.ticket.TicketState.ASSIGNED;
import static gov.enterprise.resolution.ticket.TicketState.CLOSED;
import static gov.enterprise.resolution.ticket.TicketState.IN_PROGRESS;
import static gov.enterprise.resolution.ticket.TicketState.REOPENED;
import static gov.enterprise.resolution.ticket.TicketState.RESOLVED;
import static gov.enterprise.resolution.ticket.TicketState.RETURNED;
import static gov.enterprise.resolution.ticket.TicketState.SUSPENDED;
import static gov.enterprise.resolution.ticket.TicketState.TRANSFERRED;
import static java.util.Objects.requireNonNull;

import gov.enterprise.resolution.ticket.TicketEvent.AssignmentReason;
import gov.enterprise.resolution.ticket.TicketEvent.ContributionAdded;
import gov.enterprise.resolution.ticket.TicketEvent.EscalationReason;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionAllowed;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionDecided;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionRequested;
import gov.enterprise.resolution.ticket.TicketEvent.FeedbackGiven;
import gov.enterprise.resolution.ticket.TicketEvent.LightChanged;
import gov.enterprise.resolution.ticket.TicketEvent.ProgressNoted;
import gov.enterprise.resolution.ticket.TicketEvent.SuspensionReviewDue;
import gov.enterprise.resolution.ticket.TicketEvent.TicketAccepted;
import gov.enterprise.resolution.ticket.TicketEvent.TicketAssigned;
import gov.enterprise.resolution.ticket.TicketEvent.TicketClosed;
import gov.enterprise.resolution.ticket.TicketEvent.TicketEscalated;
import gov.enterprise.resolution.ticket.TicketEvent.TicketReopened;
import gov.enterprise.resolution.ticket.TicketEvent.TicketResolved;
import gov.enterprise.resolution.ticket.TicketEvent.TicketResumed;
import gov.enterprise.resolution.ticket.TicketEvent.TicketReturned;
import gov.enterprise.resolution.ticket.TicketEvent.TicketSuspended;
import gov.enterprise.resolution.ticket.TicketEvent.TicketTransferred;
import gov.enterprise.security.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A routed issue as its lead department's work item (工单), and the state machine of brief §3. Each action checks that
 * the ticket's state allows it, changes the ticket, and returns the events it caused; an action the state does not
 * allow is refused with {@link TransitionRefused}, naming the state and what is allowed instead. Every event carries
 * a {@link Transition}: who, when, from which state to which.
 *
 * <p>The clock: intake's routing sets the acceptance and resolution deadlines in working days. A transfer restarts the
 * acceptance clock in the receiving department but not the resolution clock (passing a case on gains no time); a
 * suspension pauses the resolution clock; a reopening starts it afresh; an approved extension moves its deadline.
 * {@link #evaluate} turns the light and climbs the escalation ladder as days pass.
 *
 * <p>Who may take an action is {@link TicketAccess}'s question; the ticket answers whether it can be taken now.
 */
public final class Ticket {

    private static final Set<TicketState> CLOCK_STATES = EnumSet.of(ACCEPTED, IN_PROGRESS, REOPENED);
    private static final Set<TicketState> OPEN_STATES = EnumSet.of(ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED,
            SUSPENDED);
    private static final Set<TicketState> WORKING_STATES = EnumSet.of(ACCEPTED, IN_PROGRESS, REOPENED, SUSPENDED);

    /** A suspended matter is looked at again within a year: a review date further off is refused. */
    public static final Period LONGEST_SUSPENSION = Period.ofYears(1);
    /** A PLANNED solution's day lies within five years, the span of a plan a department can be held to. */
    public static final Period LONGEST_PLAN = Period.ofYears(5);

    private final Deadlines deadlines;

    private final String issueId;
    private final Enterprise enterprise;
    private final String title;
    private final String description;
    private final Instant reportedAt;
    private final Instant routedAt;
    private String category;
    private String priority;
    private String department;
    private List<String> coDepartments;
    private List<String> contributed;
    private LocalDate contributionDue;
    private TicketState state;
    private Light light;
    private int escalationLevel;
    private String escalatedTo;
    private Instant assignedAt;
    private Instant acceptedAt;
    private int acceptWithin;
    private int resolveWithin;
    private LocalDate acceptStart;
    private LocalDate acceptDue;
    private LocalDate resolveStart;
    private LocalDate resolveDue;
    private LocalDate baseResolveDue;
    private int extensionAllowance;
    private int extensionsApproved;
    private ExtensionRequest pendingExtension;
    private LocalDate suspendedOn;
    private LocalDate reviewOn;
    private boolean reviewReminded;
    private String suspensionReason;
    private Outcome outcome;
    private String answer;
    private LocalDate plannedFor;
    private Instant resolvedAt;
    private LocalDate feedbackDue;
    private int reopenCount;
    private Satisfaction satisfaction;
    private boolean closedByDefault;
    private Instant closedAt;
    private Timeliness timeliness;
    private boolean deadlineMissed;
    /** The light the clock turned, noted by {@link #observe} for the events of the action under way. */
    private LightChanged turnedByTheClock;
    private boolean reliedOnExtension;
    private long version;

    /** A new ticket and the event that opened it. */
    public record Opening(Ticket ticket, List<TicketEvent> events) {
    }

    private Ticket(TicketRecord r, Deadlines deadlines) {
        this.deadlines = requireNonNull(deadlines, "deadlines");
        this.issueId = requireNonNull(r.issueId(), "issueId");
        this.enterprise = requireNonNull(r.enterprise(), "enterprise");
        this.title = r.title();
        this.description = r.description();
        this.reportedAt = r.reportedAt();
        this.routedAt = r.routedAt();
        this.category = r.category();
        this.priority = r.priority();
        this.department = r.department();
        this.coDepartments = r.coDepartments();
        this.contributed = r.contributed();
        this.contributionDue = r.contributionDue();
        this.state = requireNonNull(r.state(), "state");
        this.light = requireNonNull(r.light(), "light");
        this.escalationLevel = r.escalationLevel();
        this.escalatedTo = r.escalatedTo();
        this.assignedAt = r.assignedAt();
        this.acceptedAt = r.acceptedAt();
        this.acceptWithin = r.acceptWithin();
        this.resolveWithin = r.resolveWithin();
        this.acceptStart = r.acceptStart();
        this.acceptDue = r.acceptDue();
        this.resolveStart = r.resolveStart();
        this.resolveDue = r.resolveDue();
        this.baseResolveDue = r.baseResolveDue();
        this.extensionAllowance = r.extensionAllowance();
        this.extensionsApproved = r.extensionsApproved();
        this.pendingExtension = r.pendingExtension();
        this.suspendedOn = r.suspendedOn();
        this.reviewOn = r.reviewOn();
        this.reviewReminded = r.reviewReminded();
        this.suspensionReason = r.suspensionReason();
        this.outcome = r.outcome();
        this.answer = r.answer();
        this.plannedFor = r.plannedFor();
        this.resolvedAt = r.resolvedAt();
        this.feedbackDue = r.feedbackDue();
        this.reopenCount = r.reopenCount();
        this.satisfaction = r.satisfaction();
        this.closedByDefault = r.closedByDefault();
        this.closedAt = r.closedAt();
        this.timeliness = r.timeliness();
        this.deadlineMissed = r.deadlineMissed();
        this.reliedOnExtension = r.reliedOnExtension();
        this.version = r.version();
    }

    /** A ticket as it was stored. */
    public static Ticket restore(TicketRecord record, Deadlines deadlines) {
        return new Ticket(record, deadlines);
    }

    /**
     * Opens the ticket of a routed issue in its lead department's queue, with intake's deadlines. The periods those
     * deadlines stand for are kept, so that a transfer or a reopening can start the same clock again.
     */
    public static Opening open(String issueId, Enterprise enterprise, String title, String description,
                               Routing routing, Instant reportedAt, Instant routedAt, Deadlines deadlines) {
        LocalDate routedOn = deadlines.day(routedAt);
        var record = new TicketRecord(issueId, enterprise, title, description, routing.category(),
                routing.priority(), routing.leadDepartment(), routing.coDepartments(), List.of(),
                contributionDue(routing, routedOn, deadlines), ASSIGNED, Light.GREEN, 0, null, reportedAt, routedAt,
                routedAt, null, Math.max(0, deadlines.workingDaysBetween(routedOn, routing.acceptDue())),
                Math.max(0, deadlines.workingDaysBetween(routedOn, routing.resolveDue())), routedOn,
                routing.acceptDue(), routedOn, routing.resolveDue(), routing.resolveDue(),
                deadlines.policy().extensionsAllowed(), 0, null, null, null, false, null, null, null, null, null, null,
                0, null, false, null, null, false, false, 1);
        var ticket = new Ticket(record, deadlines);
        ticket.refreshLight(routedOn);
        var assigned = new TicketAssigned(new Transition(issueId, null, ASSIGNED, ticket.department, Transition.SYSTEM,
                routedAt), AssignmentReason.ROUTED, ticket.acceptDue, ticket.resolveDue);
        return new Opening(ticket, List.of(assigned));
    }

    // ---------------------------------------------------------------------------------------------- people's actions

    /** The department takes the ticket on (受理): the resolution clock runs. */
    public List<TicketEvent> accept(Subject by, Instant at) {
        LocalDate today = begin(TicketAction.ACCEPT, at);
        observe(today, at);
        TicketState from = state;
        state = ACCEPTED;
        acceptedAt = at;
        startNewStage(today);
        return changed(new TicketAccepted(transition(from, by, at), resolveDue));
    }

    /**
     * Hands the ticket to another department (转办), where it is assigned and its acceptance clock starts afresh; the
     * resolution deadline stays, so passing a case on gains no time.
     */
    public List<TicketEvent> transfer(Subject by, String toDepartment, String reason, Instant at) {
        LocalDate today = begin(TicketAction.TRANSFER, at);
        requireText("toDepartment", toDepartment);
        requireText("reason", reason);
        if (toDepartment.equals(department)) {
            throw new InvalidTicketRequest("toDepartment", "the ticket is already with " + department);
        }
        observe(today, at);
        TicketState from = state;
        String fromDepartment = department;
        var transferred = new TicketTransferred(new Transition(issueId, from, TRANSFERRED, fromDepartment,
                by.toString(), at), fromDepartment, toDepartment, reason, lapseExtension());
        department = toDepartment;
        coDepartments = coDepartments.stream().filter(d -> !d.equals(toDepartment)).toList();
        state = ASSIGNED;
        assignedAt = at;
        acceptedAt = null;
        acceptStart = today;
        acceptDue = deadlines.plusWorkingDays(today, acceptWithin);
        startNewStage(today);
        var assigned = new TicketAssigned(new Transition(issueId, TRANSFERRED, ASSIGNED, department, by.toString(),
                at), AssignmentReason.TRANSFERRED, acceptDue, resolveDue);
        return changed(transferred, assigned);
    }

    /** Sends the ticket back to intake as misrouted (退回); intake's triage routes it anew. */
    public List<TicketEvent> returnToIntake(Subject by, String reason, Instant at) {
        LocalDate today = begin(TicketAction.RETURN, at);
        requireText("reason", reason);
        observe(today, at);
        TicketState from = state;
        state = RETURNED;
        return changed(new TicketReturned(transition(from, by, at), reason, lapseExtension()));
    }

    /** A note of progress; work on an accepted or reopened ticket is then in progress. */
    public List<TicketEvent> noteProgress(Subject by, String note, Instant at) {
        LocalDate today = begin(TicketAction.PROGRESS, at);
        requireText("note", note);
        observe(today, at);
        TicketState from = state;
        if (state != SUSPENDED) {
            state = IN_PROGRESS;
        }
        return changed(new ProgressNoted(transition(from, by, at), note));
    }

    /** A co-department's input (协办意见) for the lead; the first one marks the department as having contributed. */
    public List<TicketEvent> contribute(Subject by, String note, Instant at) {
        LocalDate today = begin(TicketAction.CONTRIBUTE, at);
        requireText("note", note);
        String contributor = by.scope();
        if (!coDepartments.contains(contributor)) {
            throw new IllegalArgumentException(by + " is not a co-department of ticket " + issueId);
        }
        observe(today, at);
        int lateBy = contributionDue == null ? 0 : Math.max(0, deadlines.workingDaysBetween(contributionDue, today));
        if (!contributed.contains(contributor)) {
            var now = new ArrayList<>(contributed);
            now.add(contributor);
            contributed = List.copyOf(now);
        }
        return changed(new ContributionAdded(transition(state, by, at), contributor, note, lateBy));
    }

    /** Asks the department head for more time (延期). */
    public List<TicketEvent> requestExtension(Subject by, int workingDays, String reason, Instant at) {
        LocalDate today = begin(TicketAction.EXTEND, at);
        if (workingDays < 1) {
            throw new InvalidTicketRequest("workingDays", "must be at least 1");
        }
        requireText("reason", reason);
        observe(today, at);
        pendingExtension = new ExtensionRequest(workingDays, reason, by.toString(), at);
        return changed(new ExtensionRequested(transition(state, by, at), workingDays, reason));
    }

    /** The department head approves (the resolution deadline moves) or denies (saying why) the waiting request. */
    public List<TicketEvent> decideExtension(Subject by, boolean approve, String comment, Instant at) {
        LocalDate today = begin(TicketAction.DECIDE_EXTENSION, at);
        if (!approve) {
            requireText("comment", comment);
        }
        observe(today, at);
        int workingDays = pendingExtension.workingDays();
        pendingExtension = null;
        if (approve) {
            resolveDue = deadlines.plusWorkingDays(resolveDue, workingDays);
            extensionsApproved++;
            refreshLight(today);
        }
        return changed(new ExtensionDecided(transition(state, by, at), approve, workingDays, comment, resolveDue));
    }

    /** The request waiting for the head, which this step ends undecided; null when none was waiting. */
    private ExtensionRequest lapseExtension() {
        ExtensionRequest lapsed = pendingExtension;
        pendingExtension = null;
        return lapsed;
    }

    /** A leader allows the department more extensions than the one every ticket has. */
    public List<TicketEvent> allowExtension(Subject by, int additional, String reason, Instant at) {
        LocalDate today = begin(TicketAction.ALLOW_EXTENSION, at);
        if (additional < 1) {
            throw new InvalidTicketRequest("additional", "must be at least 1");
        }
        requireText("reason", reason);
        observe(today, at);
        extensionAllowance += additional;
        return changed(new ExtensionAllowed(transition(state, by, at), additional, extensionAllowance, reason));
    }

    /**
     * Sets a long-term matter aside until {@code reviewOn} (it counts as handled); the resolution clock pauses. A
     * suspended ticket may be suspended again to move its review date.
     */
    public List<TicketEvent> suspend(Subject by, String reason, LocalDate reviewOn, Instant at) {
        LocalDate today = begin(TicketAction.SUSPEND, at);
        requireText("reason", reason);
        if (reviewOn == null || !reviewOn.isAfter(today)) {
            throw new InvalidTicketRequest("reviewOn", "must be a day after today (" + today + ")");
        }
        if (reviewOn.isAfter(today.plus(LONGEST_SUSPENSION))) {
            throw new InvalidTicketRequest("reviewOn", "must be within a year, by " + today.plus(LONGEST_SUSPENSION));
        }
        observe(today, at);
        TicketState from = state;
        if (state != SUSPENDED) {
            suspendedOn = today;
        }
        state = SUSPENDED;
        this.reviewOn = reviewOn;
        reviewReminded = false;
        suspensionReason = reason;
        return changed(new TicketSuspended(transition(from, by, at), reason, reviewOn, lapseExtension()));
    }

    /** Takes a suspended ticket up again; its deadlines move on by the working days it was suspended. */
    public List<TicketEvent> resume(Subject by, String note, Instant at) {
        LocalDate today = begin(TicketAction.RESUME, at);
        observe(today, at);
        int paused = Math.max(0, deadlines.workingDaysBetween(suspendedOn, today));
        resolveStart = deadlines.plusWorkingDays(resolveStart, paused);
        resolveDue = deadlines.plusWorkingDays(resolveDue, paused);
        baseResolveDue = deadlines.plusWorkingDays(baseResolveDue, paused);
        clearSuspension();
        TicketState from = state;
        state = IN_PROGRESS;
        refreshLight(today);
        return changed(new TicketResumed(transition(from, by, at), note, resolveDue));
    }

    /**
     * The department's answer to the enterprise (办结). A PLANNED solution needs the day it is planned for. The
     * enterprise is then asked for its verdict within the feedback period.
     */
    public List<TicketEvent> resolve(Subject by, Outcome outcome, String answer, LocalDate plannedFor, Instant at) {
        LocalDate today = begin(TicketAction.RESOLVE, at);
        if (outcome == null) {
            throw new InvalidTicketRequest("outcome", "must be SOLVED, EXPLAINED or PLANNED");
        }
        requireText("answer", answer);
        if (outcome == Outcome.PLANNED && plannedFor == null) {
            throw new InvalidTicketRequest("plannedFor", "a PLANNED solution needs the day it is planned for");
        }
        if (outcome != Outcome.PLANNED && plannedFor != null) {
            throw new InvalidTicketRequest("plannedFor", "only a PLANNED solution has a planned day");
        }
        if (plannedFor != null && plannedFor.isBefore(today)) {
            throw new InvalidTicketRequest("plannedFor", "must not be in the past");
        }
        if (plannedFor != null && plannedFor.isAfter(today.plus(LONGEST_PLAN))) {
            throw new InvalidTicketRequest("plannedFor", "must be within five years, by " + today.plus(LONGEST_PLAN));
        }
        observe(today, at);
        // a suspended ticket's clock stopped on the day it was suspended
        LocalDate answeredOn = state == SUSPENDED ? suspendedOn : today;
        if (answeredOn.isAfter(resolveDue)) {
            deadlineMissed = true;
        } else if (answeredOn.isAfter(baseResolveDue)) {
            reliedOnExtension = true;
        }
        TicketState from = state;
        state = RESOLVED;
        this.outcome = outcome;
        this.answer = answer;
        this.plannedFor = plannedFor;
        resolvedAt = at;
        feedbackDue = deadlines.plusWorkingDays(today, deadlines.policy().feedbackWorkingDays());
        clearSuspension();
        return changed(new TicketResolved(transition(from, by, at), outcome, answer, plannedFor, feedbackDue,
                lapseExtension()));
    }

    /**
     * The enterprise's verdict (回访). Satisfied or basically satisfied closes the ticket; the first dissatisfaction
     * reopens it (重办) with a fresh resolution period; a second one closes it as dissatisfied and escalates it to the
     * leader in charge.
     */
    public List<TicketEvent> giveFeedback(Subject by, Satisfaction satisfaction, String comment, Instant at) {
        LocalDate today = begin(TicketAction.FEEDBACK, at);
        if (satisfaction == null) {
            throw new InvalidTicketRequest("satisfaction", "must be SATISFIED, BASICALLY_SATISFIED or DISSATISFIED");
        }
        if (satisfaction == Satisfaction.DISSATISFIED) {
            requireText("comment", comment);
        }
        observe(today, at);
        var given = new FeedbackGiven(new Transition(issueId, RESOLVED, RESOLVED, department, by.toString(), at),
                satisfaction, comment, false);
        if (satisfaction != Satisfaction.DISSATISFIED) {
            return changed(given, close(satisfaction, false, by.toString(), at, today));
        }
        if (reopenCount == 0) {
            reopenCount++;
            state = REOPENED;
            outcome = null;
            resolveStart = today;
            resolveDue = deadlines.plusWorkingDays(today, resolveWithin);
            baseResolveDue = resolveDue;
            startNewStage(today);
            return changed(given, new TicketReopened(new Transition(issueId, RESOLVED, REOPENED, department,
                    by.toString(), at), comment, resolveDue));
        }
        escalationLevel = 2;
        escalatedTo = leaderInCharge();
        var escalated = new TicketEscalated(new Transition(issueId, RESOLVED, RESOLVED, department,
                Transition.SYSTEM, at), 2, escalatedTo, EscalationReason.DISSATISFIED_AGAIN);
        return changed(given, escalated, close(satisfaction, false, Transition.SYSTEM, at, today));
    }

    // ------------------------------------------------------------------------------------ the service's own actions

    /**
     * Intake routed the returned issue anew: assigned to the new lead department with fresh deadlines and the
     * routing's co-departments.
     */
    public List<TicketEvent> reassign(Routing routing, Instant reroutedAt) {
        LocalDate today = begin(TicketAction.REASSIGN, reroutedAt);
        observe(today, reroutedAt);
        TicketState from = state;
        category = routing.category();
        priority = routing.priority();
        department = routing.leadDepartment();
        coDepartments = routing.coDepartments();
        contributed = List.of();
        contributionDue = contributionDue(routing, today, deadlines);
        acceptWithin = Math.max(0, deadlines.workingDaysBetween(today, routing.acceptDue()));
        resolveWithin = Math.max(0, deadlines.workingDaysBetween(today, routing.resolveDue()));
        acceptStart = today;
        acceptDue = routing.acceptDue();
        resolveStart = today;
        resolveDue = routing.resolveDue();
        baseResolveDue = resolveDue;
        state = ASSIGNED;
        assignedAt = reroutedAt;
        acceptedAt = null;
        startNewStage(today);
        return changed(new TicketAssigned(new Transition(issueId, from, ASSIGNED, department, Transition.SYSTEM,
                reroutedAt), AssignmentReason.REROUTED, acceptDue, resolveDue));
    }

    /** The review date of a suspended ticket has come: the department is reminded to look at it again. */
    public List<TicketEvent> remindReview(Instant at) {
        LocalDate today = begin(TicketAction.REMIND_REVIEW, at);
        if (today.isBefore(reviewOn)) {
            throw refused(TicketAction.REMIND_REVIEW, "the review is due on " + reviewOn + ", not before");
        }
        observe(today, at);
        reviewReminded = true;
        return changed(new SuspensionReviewDue(new Transition(issueId, state, state, department, Transition.SYSTEM,
                at), reviewOn));
    }

    /** No verdict within the feedback period: closed as satisfied by default, and marked as such. */
    public List<TicketEvent> closeWithoutFeedback(Instant at) {
        LocalDate today = begin(TicketAction.AUTO_CLOSE, at);
        if (!today.isAfter(feedbackDue)) {
            throw refused(TicketAction.AUTO_CLOSE, "the enterprise has until " + feedbackDue + " to give its verdict");
        }
        observe(today, at);
        var given = new FeedbackGiven(new Transition(issueId, RESOLVED, RESOLVED, department, Transition.SYSTEM, at),
                Satisfaction.SATISFIED, null, true);
        return changed(given, close(Satisfaction.SATISFIED, true, Transition.SYSTEM, at, today));
    }

    /**
     * Looks at the running deadline on the day of {@code at}: turns the light (lights only get worse here; actions
     * that set a new deadline set the light anew), and climbs the escalation ladder: overdue, the department head;
     * overdue by the further working days, the leader in charge of the enterprise's region. Nothing happens to a
     * ticket without a running clock.
     */
    public List<TicketEvent> evaluate(Instant at) {
        Optional<Deadline> running = deadline();
        if (running.isEmpty()) {
            return List.of();
        }
        Deadline deadline = running.get();
        LocalDate today = deadlines.day(at);
        noteMissedDeadline(today);
        var events = new ArrayList<TicketEvent>();
        Light now = deadline.lightOn(today);
        if (now.compareTo(light) > 0) {
            Light previous = light;
            light = now;
            events.add(new LightChanged(systemTransition(at), previous, now));
        }
        if (deadline.overdueOn(today) && escalationLevel < 1) {
            escalationLevel = 1;
            escalatedTo = "head:" + department;
            events.add(new TicketEscalated(systemTransition(at), 1, escalatedTo, EscalationReason.OVERDUE));
        }
        if (deadline.furtherOverdueOn(today) && escalationLevel < 2) {
            escalationLevel = 2;
            escalatedTo = leaderInCharge();
            events.add(new TicketEscalated(systemTransition(at), 2, escalatedTo, EscalationReason.OVERDUE_FURTHER));
        }
        return changed(events.toArray(TicketEvent[]::new));
    }

    // ------------------------------------------------------------------------------------------------------ queries

    /** The actions people may take in the ticket's state now (who may take them is {@link TicketAccess}'s rule). */
    public Set<TicketAction> allowedActions() {
        var allowed = EnumSet.noneOf(TicketAction.class);
        for (TicketAction action : TicketAction.values()) {
            if (action.byPerson() && refusal(action) == null) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Whether {@code action} can be taken in the ticket's state now. */
    public boolean allows(TicketAction action) {
        return refusal(action) == null;
    }

    /**
     * The deadline running now: acceptance while assigned, resolution while accepted, in progress or reopened. A
     * ticket transferred when its resolution deadline was near or past is assigned with a fresh acceptance deadline
     * that ends after the resolution deadline: the earlier of the two runs then, or a transfer (two, back and forth)
     * would hide that the matter is late and end its supervision.
     */
    public Optional<Deadline> deadline() {
        if (state == ASSIGNED) {
            return Optional.of(resolveDue.isBefore(acceptDue) ? deadlines.deadline(resolveStart, resolveDue)
                    : deadlines.deadline(acceptStart, acceptDue));
        }
        if (CLOCK_STATES.contains(state)) {
            return Optional.of(deadlines.deadline(resolveStart, resolveDue));
        }
        return Optional.empty();
    }

    /**
     * The day {@link #evaluate} next changes the ticket: its light turns yellow, turns red (overdue, it climbs to the
     * department's head that day too), or it climbs to the leader in charge; empty without a running clock or once
     * red at the top of the ladder. Relies on yellowOn &lt;= redOn &lt;= furtherOverdueOn ({@link Deadlines}).
     */
    public Optional<LocalDate> clockChangesOn() {
        return deadline().map(d -> {
            if (light == Light.GREEN) {
                return d.yellowOn();
            }
            if (light != Light.RED || escalationLevel == 0) {
                return d.redOn();
            }
            return escalationLevel < 2 ? d.furtherOverdueOn() : null;
        });
    }

    /** The day {@link #remindReview} is due: the review date of a suspended ticket not yet reminded. */
    public Optional<LocalDate> reviewReminderOn() {
        return state == SUSPENDED && !reviewReminded ? Optional.ofNullable(reviewOn) : Optional.empty();
    }

    /** The day {@link #closeWithoutFeedback} is due: the day after the enterprise's time for its verdict. */
    public Optional<LocalDate> closesWithoutFeedbackOn() {
        return state == RESOLVED && feedbackDue != null ? Optional.of(feedbackDue.plusDays(1)) : Optional.empty();
    }

    /**
     * The first day the deadline evaluation has something to do to the ticket (the earliest of the three above);
     * empty when nothing the system does by itself is ahead of it.
     */
    public Optional<LocalDate> nextEvaluationDay() {
        return Stream.of(clockChangesOn(), reviewReminderOn(), closesWithoutFeedbackOn()).flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /** The light as of {@code today}: that of the running deadline, else the light it had when its clock stopped. */
    public Light lightOn(LocalDate today) {
        return deadline().map(d -> d.lightOn(today)).orElse(light);
    }

    public TicketRecord toRecord() {
        return new TicketRecord(issueId, enterprise, title, description, category, priority, department,
                coDepartments, contributed, contributionDue, state, light, escalationLevel, escalatedTo, reportedAt,
                routedAt, assignedAt, acceptedAt, acceptWithin, resolveWithin, acceptStart, acceptDue, resolveStart,
                resolveDue, baseResolveDue, extensionAllowance, extensionsApproved, pendingExtension, suspendedOn,
                reviewOn, reviewReminded, suspensionReason, outcome, answer, plannedFor, resolvedAt, feedbackDue,
                reopenCount, satisfaction, closedByDefault, closedAt, timeliness, deadlineMissed, reliedOnExtension,
                version);
    }

    public String issueId() {
        return issueId;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public String department() {
        return department;
    }

    public List<String> coDepartments() {
        return coDepartments;
    }

    public TicketState state() {
        return state;
    }

    public Light light() {
        return light;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public LocalDate acceptDue() {
        return acceptDue;
    }

    public LocalDate resolveDue() {
        return resolveDue;
    }

    public long version() {
        return version;
    }

    /** The leader in charge of the enterprise's region: the top of the escalation ladder. */
    public String leaderInCharge() {
        return "leader:" + enterprise.regionCode();
    }

    // ------------------------------------------------------------------------------------------------------ inside

    /** Refuses an action the state does not allow, before anything changes; gives the day of the action. */
    private LocalDate begin(TicketAction action, Instant at) {
        requireNonNull(at, "at");
        String refusal = refusal(action);
        if (refusal != null) {
            throw refused(action, refusal);
        }
        return deadlines.day(at);
    }

    /**
     * Brings the running clock up to the day of an accepted request, before the request changes the ticket: a
     * deadline passed since the last evaluation is noted, and the light shows the day. A light the clock turned
     * since the last evaluation is a step of its own, as the evaluation would have recorded it: it goes before the
     * request's events, or the history would show a red ticket that never turned red.
     */
    private void observe(LocalDate today, Instant at) {
        noteMissedDeadline(today);
        Light before = light;
        refreshLight(today);
        if (light.compareTo(before) > 0) {
            turnedByTheClock = new LightChanged(systemTransition(at), before, light);
        }
    }

    /** Why {@code action} cannot be taken now, or null if it can. The one place the state machine is written down. */
    private String refusal(TicketAction action) {
        return switch (action) {
            case ACCEPT -> onlyIn(action, ASSIGNED);
            case TRANSFER -> onlyIn(action, ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED);
            case RETURN -> onlyIn(action, ASSIGNED, ACCEPTED);
            case PROGRESS, SUSPEND, RESOLVE -> onlyIn(action, WORKING_STATES);
            case CONTRIBUTE, ALLOW_EXTENSION -> onlyIn(action, OPEN_STATES);
            case EXTEND -> firstOf(onlyIn(action, CLOCK_STATES),
                    pendingExtension != null ? "an extension request is already waiting for the department head" : null,
                    extensionsApproved >= extensionAllowance ? "the ticket has had the " + extensionAllowance
                            + " extension(s) it is allowed; a leader may allow more" : null);
            case DECIDE_EXTENSION -> firstOf(onlyIn(action, CLOCK_STATES),
                    pendingExtension == null ? "no extension request is waiting for a decision" : null);
            case RESUME -> onlyIn(action, SUSPENDED);
            case FEEDBACK, AUTO_CLOSE -> onlyIn(action, RESOLVED);
            case REASSIGN -> onlyIn(action, RETURNED);
            case REMIND_REVIEW -> firstOf(onlyIn(action, SUSPENDED),
                    reviewReminded ? "the department was already reminded of the review on " + reviewOn : null);
        };
    }

    private String onlyIn(TicketAction action, TicketState... states) {
        return onlyIn(action, Set.copyOf(Arrays.asList(states)));
    }

    private String onlyIn(TicketAction action, Set<TicketState> states) {
        return states.contains(state) ? null : "'" + action.path() + "' is not possible on a ticket in state " + state;
    }

    private static String firstOf(String... reasons) {
        for (String reason : reasons) {
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private TransitionRefused refused(TicketAction action, String reason) {
        return new TransitionRefused(state, action, allowedActions(), reason);
    }

    /** A new deadline episode (accepted, transferred, reopened, re-routed): supervision of the last one ends. */
    private void startNewStage(LocalDate today) {
        escalationLevel = 0;
        escalatedTo = null;
        light = Light.GREEN;
        refreshLight(today);
    }

    private void refreshLight(LocalDate today) {
        light = lightOn(today);
    }

    private void noteMissedDeadline(LocalDate today) {
        // an unaccepted ticket misses its resolution deadline too: the department was to answer by then either way
        if ((state == ASSIGNED || CLOCK_STATES.contains(state)) && today.isAfter(resolveDue)) {
            deadlineMissed = true;
        }
    }

    private void clearSuspension() {
        suspendedOn = null;
        reviewOn = null;
        reviewReminded = false;
        suspensionReason = null;
    }

    private TicketClosed close(Satisfaction verdict, boolean byDefault, String by, Instant at, LocalDate today) {
        state = CLOSED;
        satisfaction = verdict;
        closedByDefault = byDefault;
        closedAt = at;
        timeliness = deadlineMissed ? Timeliness.OVERDUE
                : reliedOnExtension ? Timeliness.ON_TIME_EXTENDED : Timeliness.ON_TIME;
        int workingDaysToResolve = deadlines.workingDaysBetween(deadlines.day(routedAt), deadlines.day(resolvedAt));
        return new TicketClosed(new Transition(issueId, RESOLVED, CLOSED, department, by, at), verdict, byDefault,
                timeliness, Math.max(0, workingDaysToResolve));
    }

    private Transition transition(TicketState from, Subject by, Instant at) {
        return new Transition(issueId, from, state, department, by.toString(), at);
    }

    private Transition systemTransition(Instant at) {
        return new Transition(issueId, state, state, department, Transition.SYSTEM, at);
    }

    private List<TicketEvent> changed(TicketEvent... events) {
        if (events.length > 0) {
            version++;
        }
        if (turnedByTheClock == null) {
            return List.of(events);
        }
        var all = new ArrayList<TicketEvent>(events.length + 1);
        all.add(turnedByTheClock);
        all.addAll(List.of(events));
        turnedByTheClock = null;
        return List.copyOf(all);
    }

    private static LocalDate contributionDue(Routing routing, LocalDate from, Deadlines deadlines) {
        return routing.coDepartments().isEmpty() ? null
                : deadlines.plusWorkingDays(from, deadlines.policy().contributionWorkingDays());
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidTicketRequest(field, "is required");
        }
    }
}
