package gov.enterprise.intake.routing.web;

import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.intake.routing.RoutingRule;
import gov.enterprise.intake.routing.RuleDraft;
import gov.enterprise.intake.routing.store.JdbcRoutingRules;
import gov.enterprise.security.Subject;
import gov.enterprise.version.VersionCondition;
import gov.enterprise.web.problem.FieldProblem;
import gov.enterprise.web.problem.Problems;
import gov.enterprise.web.version.EntityVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routing rules as data, for administrators. A change never edits a version: it adds the next one (retiring a rule
 * too), so each routed issue's {@code ruleId} and {@code ruleVersion} keep pointing at what decided it.
 */
@RestController
@RequestMapping("/api/v1/routing-rules")
public class RoutingRuleController {

    private final JdbcRoutingRules rules;
    private final PolicySource policies;

    public RoutingRuleController(JdbcRoutingRules rules, PolicySource policies) {
        this.rules = rules;
        this.policies = policies;
    }

    public record RuleRequest(
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                    message = "must be 1 to 64 letters, digits, '.', '_' or '-'")
            String ruleId,
            @NotBlank @Size(max = 32) String category,
            @Size(max = 6) String regionCode,
            @Size(max = 32) String cluster,
            @Size(max = 16) String scale,
            @NotBlank @Size(max = 16) String leadDepartment,
            List<@NotBlank String> coDepartments) {

        RuleDraft draft() {
            return new RuleDraft(category.strip(), regionCode, cluster, scale, leadDepartment.strip(), coDepartments);
        }
    }

    public record RuleHistory(RoutingRule current, List<RoutingRule> versions) {
    }

    @GetMapping
    public Map<String, List<RoutingRule>> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
        return Map.of("items", includeRetired ? rules.latest() : rules.inForce());
    }

    @GetMapping("/{ruleId}")
    public ResponseEntity<RuleHistory> get(@PathVariable String ruleId) {
        List<RoutingRule> versions = rules.versions(ruleId);
        if (versions.isEmpty()) {
            throw Problems.notFound("No routing rule " + ruleId);
        }
        RoutingRule current = versions.getLast();
        return ResponseEntity.ok().eTag(etag(current)).body(new RuleHistory(current, versions));
    }

    @PostMapping
    public ResponseEntity<RoutingRule> create(@Valid @RequestBody RuleRequest request, Subject caller) {
        RuleDraft draft = checked(request.draft());
        String ruleId = request.ruleId() != null ? request.ruleId()
                : "rule-" + UUID.randomUUID().toString().substring(0, 8);
        RoutingRule created = rules.create(ruleId, draft, caller.toString()).orElseThrow(() ->
                Problems.conflict("rule-exists", "Routing rule " + ruleId + " exists; change it with PUT"));
        policies.changed();
        return ResponseEntity.created(URI.create("/api/v1/routing-rules/" + ruleId)).eTag(etag(created))
                .body(created);
    }

    /** The next version of the rule; {@code If-Match} (optional) guards against overwriting another change. */
    @PutMapping("/{ruleId}")
    public ResponseEntity<RoutingRule> change(@PathVariable String ruleId, @Valid @RequestBody RuleRequest request,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              Subject caller) {
        if (request.ruleId() != null && !request.ruleId().equals(ruleId)) {
            throw Problems.invalid("ruleId", "must be absent or match the path");
        }
        RuleDraft draft = checked(request.draft());
        return changed(ruleId, () -> rules.change(ruleId, draft, false, version(ifMatch), caller.toString()));
    }

    /** Retires the rule: a last version that routes nothing. */
    @DeleteMapping("/{ruleId}")
    public ResponseEntity<RoutingRule> retire(@PathVariable String ruleId,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                              Subject caller) {
        return changed(ruleId, () -> rules.change(ruleId, null, true, version(ifMatch), caller.toString()));
    }

    private ResponseEntity<RoutingRule> changed(String ruleId,
                                                Supplier<Optional<RoutingRule>> change) {
        RoutingRule next = change.get().orElseThrow(() -> Problems.notFound("No routing rule " + ruleId));
        policies.changed();
        return ResponseEntity.ok().eTag(etag(next)).body(next);
    }

    private RuleDraft checked(RuleDraft draft) {
        Map<String, String> problems = draft.problems(policies.current().catalog());
        if (!problems.isEmpty()) {
            throw Problems.invalid(problems.entrySet().stream()
                    .map(p -> new FieldProblem(p.getKey(), p.getValue())).toList());
        }
        return draft;
    }

    private static String etag(RoutingRule rule) {
        return EntityVersion.etag(rule.version());
    }

    private static VersionCondition version(String ifMatch) {
        return EntityVersion.optional(ifMatch);
    }
}
