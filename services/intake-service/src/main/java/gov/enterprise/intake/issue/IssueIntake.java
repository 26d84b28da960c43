package gov.enterprise.intake.issue;

import gov.enterprise.intake.duplicate.DuplicateDetector;
import gov.enterprise.intake.duplicate.DuplicateMatch;
import gov.enterprise.intake.enterprise.Enterprise;
import gov.enterprise.intake.enterprise.Enterprises;
import gov.enterprise.intake.policy.IntakePolicy;
import gov.enterprise.intake.policy.PolicySource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes issues in, from visits and from the API, exactly once per issue id: checks for a repeat of a recent issue
 * of the same enterprise, classifies, and routes by the rules or sends to triage, publishing each fact in the same
 * transaction.
 */
public final class IssueIntake {

    private final Issues issues;
    private final Enterprises enterprises;
    private final PolicySource policies;
    private final DuplicateDetector duplicates;
    private final IssueEventPublisher events;
    private final Transactions transactions;
    private final Clock clock;

    public IssueIntake(Issues issues, Enterprises enterprises, PolicySource policies, DuplicateDetector duplicates,
                       IssueEventPublisher events, Transactions transactions, Clock clock) {
        this.issues = issues;
        this.enterprises = enterprises;
        this.policies = policies;
        this.duplicates = duplicates;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A report through the API; the enterprise must be known from the visit service's events. */
    public ReportOutcome report(ReportIssue report) {
        String issueId = report.issueId() == null ? UUID.randomUUID().toString() : report.issueId();
        return transactions.inTransaction(() -> {
            Optional<Enterprise> enterprise = enterprises.lock(report.uscc());
            if (enterprise.isEmpty()) {
                return new ReportOutcome.UnknownEnterprise(report.uscc());
            }
            return take(new NewIssue(issueId, enterprise.get(), report.title(), report.description(),
                    report.categoryHint(), report.channel(), null, report.reportedBy(), clock.instant()));
        });
    }

    /**
     * An issue raised during a visit: the visit carries the enterprise's facts, so it is always known. The visit was
     * accepted with the issue's id, so the issue is never refused: if another issue (reported through the API, which
     * the visit service could not see yet) already has that id, it is taken under an id derived from the visit's,
     * the same on every delivery.
     */
    public ReportOutcome raised(NewIssue issue) {
        ReportOutcome outcome = raisedOnce(issue);
        if (outcome instanceof ReportOutcome.IssueIdTaken && issue.visitId() != null) {
            return raisedOnce(issue.withIssueId(idInVisit(issue.visitId(), issue.issueId())));
        }
        return outcome;
    }

    /** The id an issue of a visit is taken under when its own names another issue. */
    public static String idInVisit(String visitId, String issueId) {
        return UUID.nameUUIDFromBytes(("visit " + visitId + " issue " + issueId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private ReportOutcome raisedOnce(NewIssue issue) {
        return transactions.inTransaction(() -> {
            enterprises.saveIfAbsent(issue.enterprise());
            enterprises.lock(issue.enterprise().uscc());
            return take(issue);
        });
    }

    private ReportOutcome take(NewIssue report) {
        // no lookup first: a new issue (the usual case) costs one round trip less, and a repeat is answered when
        // the insert finds the id taken, by an earlier delivery or a concurrent request alike
        Instant now = clock.instant();
        Issue issue = Issue.report(report);
        List<IssueEvent> facts = new ArrayList<>();
        facts.add(issue.reported());
        facts.add(decide(issue, now));
        if (!issues.insert(issue)) {
            return answerRepeat(report, issues.find(report.issueId()).orElseThrow());
        }
        events.publishAll(facts);
        return new ReportOutcome.Accepted(issue.id(), issue.state(), false);
    }

    private static ReportOutcome answerRepeat(NewIssue report, Issue earlier) {
        return report.sameReportAs(earlier)
                ? new ReportOutcome.Accepted(earlier.id(), earlier.state(), true)
                : new ReportOutcome.IssueIdTaken(report.issueId());
    }

    /** Flags a repeat, or classifies and routes. */
    private IssueEvent decide(Issue issue, Instant now) {
        IntakePolicy policy = policies.current();
        issue.classify(policy.classify(issue.title(), issue.description(), issue.categoryHint()), now);
        Optional<DuplicateMatch> original = duplicates.findOriginal(issue.title(), issue.description(),
                issue.reportedAt(), issues.duplicateCandidates(issue.enterprise().uscc(),
                        issue.reportedAt().minus(duplicates.window()), issue.id()));
        if (original.isPresent()) {
            return issue.flagDuplicate(original.get(), now);
        }
        return issue.routeAutomatically(policy, now);
    }
}
