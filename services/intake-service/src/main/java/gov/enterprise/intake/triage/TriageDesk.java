package gov.enterprise.intake.triage;

import gov.enterprise.intake.catalog.Catalog;
import gov.enterprise.intake.classification.Classification;
import gov.enterprise.intake.issue.DuplicateConfirmed;
import gov.enterprise.intake.issue.DuplicateLink;
import gov.enterprise.intake.issue.Issue;
import gov.enterprise.intake.issue.IssueEvent;
import gov.enterprise.intake.issue.IssueEventPublisher;
import gov.enterprise.intake.issue.IssueNotFoundException;
import gov.enterprise.intake.issue.IssueState;
import gov.enterprise.intake.issue.IssueStateException;
import gov.enterprise.intake.issue.Issues;
import gov.enterprise.intake.issue.Transactions;
import gov.enterprise.intake.policy.IntakePolicy;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.intake.policy.RoutingOutcome;
import gov.enterprise.intake.routing.RoutingDecision;
import gov.enterprise.version.StaleVersionException;
import gov.enterprise.version.VersionCondition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The triage desk (一事一议): a person routes what no rule could, re-routes what a department returned, rejects what
 * no department can act on, and decides on duplicate flags. Every action is checked against the issue's state
 * and, when the caller sends it, the version it saw.
 */
public final class TriageDesk {

    private final Issues issues;
    private final PolicySource policies;
    private final IssueEventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public TriageDesk(Issues issues, PolicySource policies, IssueEventPublisher events, Transactions transactions,
                      Clock clock) {
        this.issues = issues;
        this.policies = policies;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Routes by hand (category and department), or by the rules for the chosen category. */
    public long route(String issueId, HandRouting request, String actor, VersionCondition expected) {
        return act(issueId, expected, (issue, now) -> {
            requireTriage(issue, Issue.ROUTE);
            IntakePolicy policy = policies.current();
            Catalog catalog = policy.catalog();
            if (!catalog.isCategory(request.category())) {
                throw new TriageRefusedException("category", "'" + request.category() + "' is not a known category");
            }
            if (request.department() == null) {
                if (!request.coDepartments().isEmpty()) {
                    throw new TriageRefusedException("coDepartments", "are chosen with a department: without one,"
                            + " the rules choose the lead and co-departments for the category");
                }
                RoutingOutcome outcome = policy.routeByRules(request.category(), issue.enterprise(),
                        issue.returnedBy(), request.priority(), now);
                if (outcome instanceof RoutingOutcome.Unroutable unroutable) {
                    throw new TriageRefusedException("department", unroutable.reason() + "; name a department");
                }
                issue.classify(Classification.byHand(request.category(), actor), now);
                RoutingDecision byRule = ((RoutingOutcome.Routed) outcome).decision();
                return List.of(issue.route(withNote(byRule, "requested by " + actor, request.note())));
            }
            if (!catalog.isDepartment(request.department())) {
                throw new TriageRefusedException("department", "'" + request.department()
                        + "' is not a known department");
            }
            for (String co : request.coDepartments()) {
                if (!catalog.isDepartment(co)) {
                    throw new TriageRefusedException("coDepartments", "'" + co + "' is not a known department");
                }
            }
            if (issue.returnedBy().contains(request.department()) && !request.overrideReturn()) {
                throw new TriageRefusedException("department", request.department()
                        + " returned this issue as misrouted; choose another department or set overrideReturn");
            }
            issue.classify(Classification.byHand(request.category(), actor), now);
            return List.of(issue.route(policy.routeByHand(request.category(), request.department(),
                    request.coDepartments(), request.priority(), actor, request.note(), now)));
        });
    }

    public long reject(String issueId, String reason, String actor, VersionCondition expected) {
        return act(issueId, expected, (issue, now) -> {
            requireTriage(issue, Issue.REJECT);
            return List.of(issue.reject(reason, actor, now));
        });
    }

    /** The repeat is merged into its original and not counted again, unless the original was rejected or merged. */
    public long confirmDuplicate(String issueId, String actor, VersionCondition expected) {
        return act(issueId, expected, (issue, now) -> {
            // the original as it is now, held to the commit: it may have been rejected or merged since the flag
            DuplicateLink flag = issue.duplicate();
            Issue original = flag == null ? null : issues.lock(flag.originalIssueId()).orElse(null);
            DuplicateConfirmed confirmed = issue.confirmDuplicate(original, actor, now);
            issues.update(original);
            return List.of(confirmed);
        });
    }

    /** Not a repeat after all: the issue goes on to be routed by the rules, or waits in triage. */
    public long rejectDuplicate(String issueId, String actor, VersionCondition expected) {
        return act(issueId, expected, (issue, now) -> {
            var facts = new ArrayList<IssueEvent>();
            facts.add(issue.rejectDuplicate(actor, now));
            facts.add(issue.routeAutomatically(policies.current(), now));
            return facts;
        });
    }

    private long act(String issueId, VersionCondition expected, BiFunction<Issue, Instant, List<IssueEvent>> action) {
        return transactions.inTransaction(() -> {
            Issue issue = issues.lock(issueId).orElseThrow(() -> new IssueNotFoundException(issueId));
            if (!expected.admits(issue.version())) {
                throw new StaleVersionException("Issue " + issueId, expected, issue.version());
            }
            List<IssueEvent> facts = action.apply(issue, clock.instant());
            long version = issues.update(issue);
            events.publishAll(facts);
            return version;
        });
    }

    private static void requireTriage(Issue issue, String action) {
        if (issue.state() != IssueState.TRIAGE || !issue.allowedActions().contains(action)) {
            throw new IssueStateException("Cannot " + action + " issue " + issue.id() + " in state " + issue.state()
                    + (issue.duplicate() != null && issue.duplicate().open()
                    ? " while it is flagged as a possible duplicate" : ""), issue.state(), issue.allowedActions());
        }
    }

    private static RoutingDecision withNote(RoutingDecision decision, String requestedBy, String note) {
        String reason = decision.reason() + "; " + requestedBy + (note == null || note.isBlank() ? "" : ": " + note);
        return new RoutingDecision(decision.category(), decision.leadDepartment(), decision.coDepartments(),
                decision.priority(), decision.acceptDue(), decision.resolveDue(), decision.provisional(),
                decision.decidedBy(), decision.ruleId(), decision.ruleVersion(), reason, decision.routedAt());
    }
}
