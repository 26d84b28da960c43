package gov.enterprise.intake.deadline.web;

import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.deadline.SlaPolicy;
import gov.enterprise.intake.deadline.store.JdbcSlaPolicies;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA policies per category and priority ({@code *} for any), in working days from routing. Without a matching
 * policy the default applies: accept within 1 working day, resolve within 15.
 */
@RestController
@RequestMapping("/api/v1/sla-policies")
public class SlaPolicyController {

    private static final String ANY = "*";

    private final JdbcSlaPolicies policies;
    private final PolicySource policySource;

    public SlaPolicyController(JdbcSlaPolicies policies, PolicySource policySource) {
        this.policies = policies;
        this.policySource = policySource;
    }

    public record PolicyView(String category, String priority, int acceptWorkingDays, int resolveWorkingDays) {

        static PolicyView of(SlaPolicy policy) {
            return new PolicyView(policy.category() == null ? ANY : policy.category(),
                    policy.priority() == null ? ANY : policy.priority().name(), policy.acceptWorkingDays(),
                    policy.resolveWorkingDays());
        }
    }

    public record PolicyRequest(@NotNull Integer acceptWorkingDays, @NotNull Integer resolveWorkingDays) {
    }

    @GetMapping
    public Map<String, Object> list() {
        List<PolicyView> items = policies.load().stream().map(PolicyView::of).toList();
        return Map.of("items", items, "fallback", PolicyView.of(SlaPolicy.DEFAULT));
    }

    @PutMapping("/{category}/{priority}")
    public PolicyView put(@PathVariable String category, @PathVariable String priority,
                          @Valid @RequestBody PolicyRequest request, Subject caller) {
        SlaPolicy policy;
        try {
            policy = new SlaPolicy(category(category), priority(priority), request.acceptWorkingDays(),
                    request.resolveWorkingDays());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(e.getMessage().startsWith("accept") ? "acceptWorkingDays" : "resolveWorkingDays",
                    e.getMessage());
        }
        policies.put(policy, caller.toString());
        policySource.changed();
        return PolicyView.of(policy);
    }

    @DeleteMapping("/{category}/{priority}")
    public ResponseEntity<Void> delete(@PathVariable String category, @PathVariable String priority) {
        if (!policies.delete(category(category), priority(priority))) {
            throw Problems.notFound("No SLA policy for " + category + "/" + priority);
        }
        policySource.changed();
        return ResponseEntity.noContent().build();
    }

    private String category(String value) {
        if (ANY.equals(value)) {
            return null;
        }
        if (!policySource.current().catalog().isCategory(value)) {
            throw Problems.invalid("category", "'" + value + "' is neither '*' nor a known category");
        }
        return value;
    }

    private static Priority priority(String value) {
        if (ANY.equals(value)) {
            return null;
        }
        try {
            return Priority.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("priority", "must be '*', NORMAL or URGENT");
        }
    }
}
