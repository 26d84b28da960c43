package gov.enterprise.intake.triage.web;

import gov.enterprise.web.text.FreeTextField;
import gov.enterprise.web.version.EntityVersion;
import static gov.enterprise.intake.issue.web.IssueProblems.refusing;

import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.issue.DuplicateLink;
import gov.enterprise.intake.issue.Issue;
import gov.enterprise.intake.issue.IssueNotFoundException;
import gov.enterprise.intake.issue.IssuePage;
import gov.enterprise.intake.issue.IssueQuery;
import gov.enterprise.intake.issue.Issues;
import gov.enterprise.intake.issue.ReturnRecord;
import gov.enterprise.intake.issue.web.IssueProblems;
import gov.enterprise.intake.issue.web.IssueView;
import gov.enterprise.intake.policy.IntakePolicy;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.intake.policy.RoutingOutcome;
import gov.enterprise.intake.triage.HandRouting;
import gov.enterprise.intake.triage.TriageDesk;
import gov.enterprise.intake.triage.TriageRefusedException;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The triage queue (一事一议) for {@code triage:<id>} subjects: what waits for a person and why (with what the rules
 * would do now), and the actions: route by hand, reject, confirm or reject a duplicate flag. Actions take the issue
 * version seen in {@code If-Match} (optional): {@code 412} if another officer acted first.
 */
@RestController
@RequestMapping("/api/v1/triage/issues")
public class TriageController {

    private final TriageDesk desk;
    private final Issues issues;
    private final PolicySource policies;
    private final Clock clock;

    public TriageController(TriageDesk desk, Issues issues, PolicySource policies, Clock clock) {
        this.desk = desk;
        this.issues = issues;
        this.policies = policies;
        this.clock = clock;
    }

    /** One waiting issue and what may be done with it. */
    public record TriageItem(String issueId, String uscc, String title, String description, String reason,
                             IssueView.ClassificationView classification, Suggestion suggestion,
                             DuplicateLink duplicate,
                             List<ReturnRecord> returns, List<String> allowedActions,
                             Instant reportedAt, long version) {
    }

    /** What the routing rules would do now for the classified category (never a department that returned it). */
    public record Suggestion(String category, String leadDepartment, List<String> coDepartments, String ruleId,
                             Integer ruleVersion, String reason) {
    }

    @GetMapping
    public Map<String, Object> queue(@RequestParam(required = false) String cursor,
                                     @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > IssueQuery.MAX_LIMIT) {
            throw Problems.invalid("limit", "must be 1 to " + IssueQuery.MAX_LIMIT);
        }
        IssuePage page = issues.search(new IssueQuery(IssueQuery.Scope.TRIAGE_QUEUE, null, null, null, false,
                null, cursor, limit));
        IntakePolicy policy = policies.current();
        var body = new LinkedHashMap<String, Object>();
        body.put("items", page.items().stream().map(issue -> item(issue, policy)).toList());
        body.put("nextCursor", page.nextCursor());
        return body;
    }

    public record RouteRequest(@NotBlank @Size(max = 32) String category,
                               @Size(max = 16) String department,
                               List<@NotBlank String> coDepartments,
                               @Pattern(regexp = "NORMAL|URGENT", message = "must be NORMAL or URGENT") String priority,
                               @FreeTextField(max = 1000) String note,
                               Boolean overrideReturn) {
    }

    /** Route by hand: category and department; without a department, the rules choose for the category. */
    @PostMapping("/{issueId}/route")
    public ResponseEntity<IssueView> route(@PathVariable String issueId, @Valid @RequestBody RouteRequest request,
                                           @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                           Subject caller) {
        var routing = new HandRouting(request.category(), blankToNull(request.department()),
                request.coDepartments(), request.priority() == null ? null : Priority.valueOf(request.priority()),
                request.note(), Boolean.TRUE.equals(request.overrideReturn()));
        return acted(issueId, () -> desk.route(issueId, routing, caller.toString(), EntityVersion.optional(ifMatch)));
    }

    public record RejectRequest(@NotBlank @FreeTextField(max = 1000) String reason) {
    }

    @PostMapping("/{issueId}/reject")
    public ResponseEntity<IssueView> reject(@PathVariable String issueId, @Valid @RequestBody RejectRequest request,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            Subject caller) {
        return acted(issueId, () -> desk.reject(issueId, request.reason().strip(), caller.toString(),
                EntityVersion.optional(ifMatch)));
    }

    @PostMapping("/{issueId}/duplicate/confirm")
    public ResponseEntity<IssueView> confirmDuplicate(@PathVariable String issueId,
                                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                      Subject caller) {
        return acted(issueId, () -> desk.confirmDuplicate(issueId, caller.toString(), EntityVersion.optional(ifMatch)));
    }

    @PostMapping("/{issueId}/duplicate/reject")
    public ResponseEntity<IssueView> rejectDuplicate(@PathVariable String issueId,
                                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                     Subject caller) {
        return acted(issueId, () -> desk.rejectDuplicate(issueId, caller.toString(), EntityVersion.optional(ifMatch)));
    }

    private ResponseEntity<IssueView> acted(String issueId, Supplier<Long> action) {
        try {
            refusing(action);
        } catch (TriageRefusedException e) {
            throw Problems.invalid(e.field(), e.getMessage());
        }
        IssueView view = refusing(() -> issues.find(issueId)
                .map(issue -> IssueView.of(issue, issues.history(issueId), issues.mergedInto(issueId)))
                .orElseThrow(() -> new IssueNotFoundException(issueId)));
        return ResponseEntity.ok().eTag(EntityVersion.etag(view.version())).body(view);
    }

    private TriageItem item(Issue issue, IntakePolicy policy) {
        var c = issue.classification();
        Suggestion suggestion = null;
        if (c != null && c.category() != null && issue.allowedActions().contains(Issue.ROUTE)) {
            RoutingOutcome outcome = policy.routeByRules(c.category(), issue.enterprise(), issue.returnedBy(),
                    Priority.NORMAL, clock.instant());
            if (outcome instanceof RoutingOutcome.Routed routed) {
                var d = routed.decision();
                suggestion = new Suggestion(d.category(), d.leadDepartment(), d.coDepartments(), d.ruleId(),
                        d.ruleVersion(), d.reason());
            }
        }
        return new TriageItem(issue.id(), issue.enterprise().uscc(), issue.title(), issue.description(),
                issue.triageReason(),
                c == null ? null : new IssueView.ClassificationView(c.category(), c.method(), c.reason()),
                suggestion, issue.duplicate(), issue.returns(), issue.allowedActions(), issue.reportedAt(),
                issue.version());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
