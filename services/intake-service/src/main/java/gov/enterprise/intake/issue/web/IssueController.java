package gov.enterprise.intake.issue.web;

import gov.enterprise.web.version.EntityVersion;
import static gov.enterprise.intake.issue.web.IssueProblems.refusing;

import gov.enterprise.intake.classification.Classifier;
import gov.enterprise.intake.issue.Channel;
import gov.enterprise.intake.issue.Issue;
import gov.enterprise.intake.issue.IssueIntake;
import gov.enterprise.intake.issue.IssueNotFoundException;
import gov.enterprise.intake.issue.IssuePage;
import gov.enterprise.intake.issue.IssueQuery;
import gov.enterprise.intake.issue.IssueReaders;
import gov.enterprise.intake.issue.IssueState;
import gov.enterprise.intake.issue.Issues;
import gov.enterprise.intake.issue.ReportIssue;
import gov.enterprise.intake.issue.ReportOutcome;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.security.Subject;
import gov.enterprise.security.SubjectKind;
import gov.enterprise.security.UnifiedSocialCreditCode;
import gov.enterprise.web.problem.Problems;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues for the app: report one ({@code 202 {issueId}}), read one with its status, department, deadlines and
 * history, and list "my enterprise's issues" or "my paired enterprises' issues".
 */
@RestController
@RequestMapping("/api/v1/issues")
public class IssueController {

    private final IssueIntake intake;
    private final Issues issues;
    private final IssueReaders readers;
    private final PolicySource policies;

    public IssueController(IssueIntake intake, Issues issues, IssueReaders readers, PolicySource policies) {
        this.intake = intake;
        this.issues = issues;
        this.readers = readers;
        this.policies = policies;
    }

    /** An enterprise contact reports for its own enterprise, an operator for any. */
    @PostMapping
    public ResponseEntity<Map<String, String>> report(@Valid @RequestBody ReportIssueRequest request,
                                                      Subject caller) {
        String uscc = UnifiedSocialCreditCode.normalise(request.uscc());
        String why = UnifiedSocialCreditCode.reject(uscc);
        if (why != null) {
            throw Problems.invalid("uscc", why);
        }
        if (caller.is(SubjectKind.ENTERPRISE) && !caller.scope().equals(uscc)) {
            throw Problems.forbidden("An enterprise contact reports issues of its own enterprise only");
        }
        // written as a visit's hint is (" land" is LAND); one that cannot be a code is ignored like an unknown code
        String hint = Classifier.typedHint(request.categoryHint());
        ReportOutcome outcome = intake.report(new ReportIssue(request.issueId(), uscc, request.title().strip(),
                request.description().strip(), hint, Channel.valueOf(request.channel()), caller.toString()));
        return switch (outcome) {
            case ReportOutcome.Accepted accepted -> ResponseEntity.accepted()
                    .location(URI.create("/api/v1/issues/" + accepted.issueId()))
                    .body(Map.of("issueId", accepted.issueId()));
            case ReportOutcome.UnknownEnterprise unknown -> throw Problems.unprocessable("unknown-enterprise",
                    "No enterprise with USCC " + unknown.uscc() + " is known; it must be registered (visit service)"
                            + " before issues can be reported for it").with("uscc", unknown.uscc());
            case ReportOutcome.IssueIdTaken taken -> throw Problems.unprocessable("issue-id-reused",
                    "Issue id " + taken.issueId() + " was already used for a different report")
                    .with("issueId", taken.issueId());
        };
    }

    @GetMapping("/{issueId}")
    public ResponseEntity<IssueView> get(@PathVariable String issueId, Subject caller) {
        IssueView view = refusing(() -> view(issueId, caller));
        return ResponseEntity.ok().eTag(EntityVersion.etag(view.version())).body(view);
    }

    /** The caller's issues: its own enterprise's, its paired enterprises', its department's, or all. */
    @GetMapping
    public Map<String, Object> list(@RequestParam(required = false) String uscc,
                                    @RequestParam(required = false) IssueState state,
                                    @RequestParam(defaultValue = "false") boolean includeMerged,
                                    @RequestParam(required = false) String cursor,
                                    @RequestParam(defaultValue = "50") int limit,
                                    Subject caller) {
        if (limit < 1 || limit > IssueQuery.MAX_LIMIT) {
            throw Problems.invalid("limit", "must be 1 to " + IssueQuery.MAX_LIMIT);
        }
        IssueQuery query = readers.listFor(caller, UnifiedSocialCreditCode.normalise(uscc), state, includeMerged,
                cursor, limit, policies.current().catalog().regions());
        IssuePage page = issues.search(query);
        List<IssueSummary> items = page.items().stream().map(IssueSummary::of).toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("items", items);
        body.put("nextCursor", page.nextCursor());
        return body;
    }

    IssueView view(String issueId, Subject caller) {
        Issue issue = issues.find(issueId)
                .filter(found -> readers.maySee(caller, found, policies.current().catalog().regions()))
                .orElseThrow(() -> new IssueNotFoundException(issueId));
        return IssueView.of(issue, issues.history(issueId), issues.mergedInto(issueId));
    }
}
