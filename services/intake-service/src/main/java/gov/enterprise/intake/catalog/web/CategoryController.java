package gov.enterprise.intake.catalog.web;

import gov.enterprise.intake.catalog.CategoryEntry;
import gov.enterprise.intake.catalog.DepartmentEntry;
import gov.enterprise.intake.policy.PolicySource;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The issue categories (for a category hint) and the departments issues can be routed to. */
@RestController
public class CategoryController {

    private final PolicySource policies;

    public CategoryController(PolicySource policies) {
        this.policies = policies;
    }

    @GetMapping("/api/v1/categories")
    public Map<String, List<CategoryEntry>> categories() {
        return Map.of("items", List.copyOf(policies.current().catalog().categories()));
    }

    @GetMapping("/api/v1/departments")
    public Map<String, List<DepartmentEntry>> departments() {
        return Map.of("items", List.copyOf(policies.current().catalog().departments()));
    }
}
