package gov.enterprise.intake.issue;

import static java.util.Objects.requireNonNull;

import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.duplicate.DuplicateMatch;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.policy.IntakePolicy;
import gov.enterprise.intake.policy.RoutingOutcome;
import gov.enterprise.intake.routing.RoutingDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An enterprise's issue in intake: reported, classified, then routed to a lead department, or waiting in triage for
 * a person, or merged as a duplicate, or rejected. Each change returns the fact it caused and adds a line to the
 * history; nothing is ever dropped silently.
 */
public final class Issue {

    /** Triage actions, named as in the API, for "what may I do now" answers. */
    public static final String ROUTE = "route";
    public static final String REJECT = "reject";
    public static final String CONFIRM_DUPLICATE = "confirm-duplicate";
    public static final String REJECT_DUPLICATE = "reject-duplicate";

    private final String id;
    private final Enterprise enterprise;
    private final String title;
    private final String description;
    private final String categoryHint;
    private final Channel channel;
    private final String visitId;
    private final String reportedBy;
    private final Instant reportedAt;
    private IssueState state;
    private Classification classification;
    private RoutingDecision routing;
    private String triageReason;
    private DuplicateLink duplicate;
    private String rejectionReason;
    private final List<ReturnRecord> returns;
    private TicketStatus ticket;
    private final long version;
    private final List<HistoryEntry> newHistory = new ArrayList<>();

    private Issue(String id, Enterprise enterprise, String title, String description, String categoryHint,
                  Channel channel, String visitId, String reportedBy, Instant reportedAt, IssueState state,
                  Classification classification, RoutingDecision routing, String triageReason,
                  DuplicateLink duplicate, String rejectionReason, List<ReturnRecord> returns, TicketStatus ticket,
                  long version) {
        this.id = requireNonNull(id, "id");
        this.enterprise = requireNonNull(enterprise, "enterprise");
        this.title = requireNonNull(title, "title");
        this.description = requireNonNull(description, "description");
        this.categoryHint = categoryHint;
        this.channel = requireNonNull(channel, "channel");
        this.visitId = visitId;
        this.reportedBy = requireNonNull(reportedBy, "reportedBy");
        this.reportedAt = requireNonNull(reportedAt, "reportedAt");
        this.state = requireNonNull(state, "state");
        this.classification = classification;
        this.routing = routing;
        this.triageReason = triageReason;
        this.duplicate = duplicate;
        this.rejectionReason = rejectionReason;
        this.returns = new ArrayList<>(returns);
        this.ticket = ticket;
        this.version = version;
    }

    /** A newly collected issue; version 0 means "not stored yet". */
    public static Issue report(NewIssue report) {
        var issue = new Issue(report.issueId(), report.enterprise(), report.title(), report.description(),
                report.categoryHint(), report.channel(), report.visitId(), report.reportedBy(), report.reportedAt(),
                IssueState.REPORTED, null, null, null, null, null, List.of(), null, 0);
        issue.record(report.reportedAt(), "reported", report.reportedBy(), "channel " + report.channel()
                + (report.visitId() == null ? "" : ", visit " + report.visitId())
                + (report.categoryHint() == null ? "" : ", category hint " + report.categoryHint()));
        return issue;
    }

    /** The fact of the report itself, published once when the issue is first stored. */
    public IssueReported reported() {
        return new IssueReported(id, enterprise, title, description, categoryHint, channel, visitId, reportedBy,
                reportedAt);
    }

    /** An issue as stored. */
    public static Issue restore(String id, Enterprise enterprise, String title, String description,
                                String categoryHint, Channel channel, String visitId, String reportedBy,
                                Instant reportedAt, IssueState state, Classification classification,
                                RoutingDecision routing, String triageReason, DuplicateLink duplicate,
                                String rejectionReason, List<ReturnRecord> returns, TicketStatus ticket,
                                long version) {
        return new Issue(id, enterprise, title, description, categoryHint, channel, visitId, reportedBy, reportedAt,
                state, classification, routing, triageReason, duplicate, rejectionReason, returns, ticket, version);
    }

    // ---- decisions ----------------------------------------------------------------------------------------------

    /** Keeps the classification and its reason (a hint, the dictionaries, or nothing fitted). */
    public void classify(Classification result, Instant at) {
        requireState("classify", IssueState.REPORTED, IssueState.TRIAGE);
        this.classification = requireNonNull(result, "classification");
        record(at, "classified", result.method() == Classification.Method.TRIAGE ? "triage" : "intake",
                result.reason());
    }

    /** The text repeats an earlier issue of the same enterprise: it waits for a triage officer's verdict. */
    public DuplicateFlagged flagDuplicate(DuplicateMatch match, Instant at) {
        requireState("flag as duplicate", IssueState.REPORTED);
        if (match.originalIssueId().equals(id)) {
            throw new IllegalArgumentException("an issue cannot repeat itself");
        }
        duplicate = new DuplicateLink(match.originalIssueId(), match.similarity(), DuplicateLink.Status.FLAGGED, at,
                null, null);
        state = IssueState.TRIAGE;
        triageReason = "possible duplicate of " + match.originalIssueId() + " (text similarity "
                + match.similarity() + ")";
        record(at, "duplicate-flagged", "intake", triageReason);
        return new DuplicateFlagged(id, match.originalIssueId(), match.similarity(), at);
    }

    /**
     * A lead department and deadlines: from a rule, or from a triage officer. After a return this is a re-routing,
     * and never to a department that returned the issue unless a person decided so.
     */
    public IssueEvent route(RoutingDecision decision) {
        requireState("route", IssueState.REPORTED, IssueState.TRIAGE);
        if (duplicate != null && duplicate.open()) {
            throw new IssueStateException("Issue " + id + " is flagged as a possible duplicate of "
                    + duplicate.originalIssueId() + ": confirm or reject the flag first", state, allowedActions());
        }
        if (decision.byRule() && returnedBy().contains(decision.leadDepartment())) {
            throw new IllegalArgumentException("a rule must not route issue " + id + " back to "
                    + decision.leadDepartment() + ", which returned it");
        }
        if (classification == null || !decision.category().equals(classification.category())) {
            classification = Classification.byHand(decision.category(), decision.decidedBy());
        }
        this.routing = decision;
        this.state = IssueState.ROUTED;
        this.triageReason = null;
        this.ticket = null;
        boolean reroute = !returns.isEmpty();
        record(decision.routedAt(), reroute ? "rerouted" : "routed", decision.decidedBy(),
                "lead " + decision.leadDepartment()
                        + (decision.coDepartments().isEmpty() ? "" : ", co " + decision.coDepartments())
                        + ", accept by " + decision.acceptDue() + ", resolve by " + decision.resolveDue()
                        + (decision.byRule() ? ", rule " + decision.ruleId() + " v" + decision.ruleVersion() : "")
                        + "; " + decision.reason());
        if (reroute) {
            ReturnRecord last = returns.getLast();
            return new IssueRerouted(id, enterprise, title, description, classification, decision, last.department(),
                    last.reason());
        }
        return new IssueRouted(id, enterprise, title, description, classification, decision, reportedAt);
    }

    /**
     * Routes the classified issue by the rules (never to a department that returned it), or sends it to triage
     * saying why not: at intake, and after a duplicate flag was rejected. (An issue already in triage is routed by
     * a person, who may ask the rules: {@link IntakePolicy#routeByRules}.)
     */
    public IssueEvent routeAutomatically(IntakePolicy policy, Instant now) {
        requireState("route automatically", IssueState.REPORTED);
        if (classification == null || classification.category() == null) {
            return sendToTriage(classification == null ? "not classified" : classification.reason(), now);
        }
        RoutingOutcome outcome = policy.routeByRules(classification.category(), enterprise, returnedBy(),
                Priority.NORMAL, now);
        return switch (outcome) {
            case RoutingOutcome.Routed routed -> route(routed.decision());
            case RoutingOutcome.Unroutable unroutable -> sendToTriage("classified as " + classification.category()
                    + " (" + classification.reason() + "), but " + unroutable.reason(), now);
        };
    }

    /** No rule could route it: a person decides (一事一议). */
    public IssueSentToTriage sendToTriage(String reason, Instant at) {
        requireState("send to triage", IssueState.REPORTED);
        this.state = IssueState.TRIAGE;
        this.triageReason = requireNonNull(reason, "reason");
        record(at, "sent-to-triage", "intake", reason);
        return new IssueSentToTriage(id, enterprise, reason, null, at);
    }

    /**
     * The triage officer agrees it repeats {@code original} (as it is now): merged into it, not counted again, and
     * the original's history says so. Not into an original that was rejected or merged itself since the flag was
     * raised: the repeat would be hidden in an issue nobody handles; the flag can still be rejected.
     */
    public DuplicateConfirmed confirmDuplicate(Issue original, String actor, Instant at) {
        requireOpenDuplicate("confirm a duplicate flag");
        if (original == null || !original.id.equals(duplicate.originalIssueId())) {
            throw new IllegalArgumentException("issue " + id + " is flagged as a repeat of "
                    + duplicate.originalIssueId() + ", not of " + (original == null ? "nothing" : original.id));
        }
        if (original.state == IssueState.DUPLICATE || original.state == IssueState.REJECTED) {
            var allowed = new ArrayList<>(allowedActions());
            allowed.remove(CONFIRM_DUPLICATE);
            throw new IssueStateException("Cannot confirm issue " + id + " as a duplicate of " + original.id
                    + ": the original is " + original.state + " now; reject the flag instead", state, allowed);
        }
        duplicate = duplicate.decided(DuplicateLink.Status.CONFIRMED, actor, at);
        state = IssueState.DUPLICATE;
        triageReason = null;
        record(at, "duplicate-confirmed", actor, "merged into " + original.id);
        original.record(at, "duplicate-merged", actor, "issue " + id + " was merged into this one");
        return new DuplicateConfirmed(id, original.id, actor, at);
    }

    /**
     * The flag was wrong: the issue is a matter of its own and goes on to be routed (the caller routes it or sends it
     * to triage next).
     */
    public DuplicateRejected rejectDuplicate(String actor, Instant at) {
        requireOpenDuplicate("reject a duplicate flag");
        duplicate = duplicate.decided(DuplicateLink.Status.REJECTED, actor, at);
        state = IssueState.REPORTED;
        triageReason = null;
        record(at, "duplicate-rejected", actor, "not a repeat of " + duplicate.originalIssueId());
        return new DuplicateRejected(id, duplicate.originalIssueId(), actor, at);
    }

    /** Nothing a department can act on; the reason is kept and shown. */
    public IssueRejected reject(String reason, String actor, Instant at) {
        requireState("reject", IssueState.TRIAGE);
        if (duplicate != null && duplicate.open()) {
            duplicate = duplicate.decided(DuplicateLink.Status.REJECTED, actor, at);
        }
        state = IssueState.REJECTED;
        rejectionReason = requireNonNull(reason, "reason");
        triageReason = null;
        record(at, "rejected", actor, reason);
        return new IssueRejected(id, reason, actor, at);
    }

    /** The lead department sent it back as misrouted: triage re-routes it, never to that department by rule. */
    public IssueSentToTriage returned(ReturnRecord returned, TicketStatus ticketAfter) {
        requireState("return", IssueState.ROUTED);
        returns.add(returned);
        state = IssueState.TRIAGE;
        ticket = ticketAfter;
        triageReason = "returned by " + returned.department() + " as misrouted: " + returned.reason();
        record(returned.returnedAt(), "returned", returned.returnedBy(), triageReason);
        return new IssueSentToTriage(id, enterprise, triageReason, returned.department(), returned.returnedAt());
    }

    /**
     * Whether this return was applied already (the same department at the same moment). The moment stored was read
     * back in microseconds, which the JDBC driver rounds to, while the event's may carry nanoseconds: moments less
     * than a microsecond apart are the same.
     */
    public boolean hasReturn(ReturnRecord returned) {
        return returns.stream().anyMatch(r -> r.department().equals(returned.department())
                && Math.abs(Duration.between(r.returnedAt(), returned.returnedAt()).toNanos()) < 1_000);
    }

    /**
     * The resolution service reported the ticket's new state; an older report than the one known (a lower ticket
     * version) only adds its history line.
     */
    public void ticketChanged(TicketStatus status, String kind, String actor, String detail, Instant at) {
        if (ticket == null || status.version() >= ticket.version()) {
            ticket = status;
        }
        record(at, kind, actor, detail);
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    /** What a triage officer may do now. */
    public List<String> allowedActions() {
        if (state != IssueState.TRIAGE) {
            return List.of();
        }
        if (duplicate != null && duplicate.open()) {
            return List.of(CONFIRM_DUPLICATE, REJECT_DUPLICATE, REJECT);
        }
        return List.of(ROUTE, REJECT);
    }

    /** The departments that returned this issue, in order. */
    public Set<String> returnedBy() {
        var departments = new LinkedHashSet<String>();
        returns.forEach(r -> departments.add(r.department()));
        return departments;
    }

    /** The department now responsible: the ticket's (after transfers), else the routing's; null if none. */
    public String currentDepartment() {
        if (state != IssueState.ROUTED) {
            return null;
        }
        return ticket != null ? ticket.department() : routing == null ? null : routing.leadDepartment();
    }

    public List<HistoryEntry> newHistory() {
        return List.copyOf(newHistory);
    }

    public String id() {
        return id;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String categoryHint() {
        return categoryHint;
    }

    public Channel channel() {
        return channel;
    }

    public String visitId() {
        return visitId;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public IssueState state() {
        return state;
    }

    public Classification classification() {
        return classification;
    }

    public RoutingDecision routing() {
        return routing;
    }

    public String triageReason() {
        return triageReason;
    }

    public DuplicateLink duplicate() {
        return duplicate;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public List<ReturnRecord> returns() {
        return List.copyOf(returns);
    }

    public TicketStatus ticket() {
        return ticket;
    }

    public long version() {
        return version;
    }

    // ---- internals ------------------------------------------------------------------------------------------------

    private void requireOpenDuplicate(String action) {
        if (state != IssueState.TRIAGE || duplicate == null || !duplicate.open()) {
            throw new IssueStateException("Cannot " + action + ": issue " + id + " is " + state
                    + (duplicate == null ? " and not flagged as a duplicate" : ""), state, allowedActions());
        }
    }

    private void requireState(String action, IssueState... allowed) {
        for (IssueState candidate : allowed) {
            if (state == candidate) {
                return;
            }
        }
        throw new IssueStateException("Cannot " + action + " issue " + id + " in state " + state, state,
                allowedActions());
    }

    private void record(Instant at, String kind, String actor, String detail) {
        newHistory.add(new HistoryEntry(at, kind, actor, detail));
    }
}
