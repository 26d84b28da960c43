package gov.enterprise.intake.deadline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA policies in force. The most specific one applies: category and priority, then category for any priority,
 * then any category for the priority, then the catch-all; without any, {@link SlaPolicy#DEFAULT}.
 */
public record SlaPolicies(List<SlaPolicy> policies) {

    public SlaPolicies {
        policies = List.copyOf(policies);
    }

    public SlaPolicy applicable(String category, Priority priority) {
        return find(category, priority)
                .or(() -> find(category, null))
                .or(() -> find(null, priority))
                .or(() -> find(null, null))
                .orElse(SlaPolicy.DEFAULT);
    }

    private Optional<SlaPolicy> find(String category, Priority priority) {
        return policies.stream()
                .filter(p -> Objects.equals(p.category(), category) && p.priority() == priority)
                .findFirst();
    }
}
