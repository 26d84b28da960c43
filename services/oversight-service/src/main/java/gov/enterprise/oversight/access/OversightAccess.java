package gov.enterprise.oversight.access;

import gov.enterprise.oversight.config.OversightProperties;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.reference.Region;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who sees which figures: a leader its region and every region inside it (the city leader all of the city), a
 * department head its department's issues (in any region), an administrator everything. The security rules let only
 * these three kinds in; asking for a region outside one's own, or another department, is refused with 403.
 */
@Component
public class OversightAccess {

    private final ReferenceData reference;
    private final String homeRegion;

    public OversightAccess(ReferenceData reference, OversightProperties properties) {
        this.reference = reference;
        this.homeRegion = properties.homeRegion();
    }

    /**
     * The scope of a request by {@code caller} asking for {@code region} and {@code department} (either may be
     * null). Unknown codes are 400 problems naming the parameter.
     */
    public Scope scope(Subject caller, String region, String department) {
        if (region != null && reference.region(region).isEmpty()) {
            throw Problems.invalid("region", "unknown region code " + region);
        }
        if (department != null && reference.department(department).isEmpty()) {
            throw Problems.invalid("department", "unknown department code " + department);
        }
        return switch (caller.kind()) {
            case LEADER -> {
                String own = caller.scope();
                if (reference.region(own).isEmpty()) {
                    throw Problems.forbidden("No figures for region " + own + ": it is not a known region");
                }
                if (region != null && !reference.isWithin(region, own)) {
                    throw Problems.forbidden("Region " + region + " lies outside region " + own);
                }
                String root = region != null ? region : own;
                yield new Scope(root, within(root), department);
            }
            case HEAD -> {
                String own = caller.scope();
                if (department != null && !department.equals(own)) {
                    throw Problems.forbidden("A department head sees the figures of department " + own + " only");
                }
                yield new Scope(region != null ? region : homeRegion, region != null ? within(region) : null, own);
            }
            case ADMIN -> new Scope(region != null ? region : homeRegion, region != null ? within(region) : null,
                    department);
            default -> throw Problems.forbidden("Figures are for leaders, department heads and administrators");
        };
    }

    /** The region and every region inside it. */
    public Set<String> within(String root) {
        return reference.regions().stream().map(Region::code).filter(code -> reference.isWithin(code, root))
                .collect(Collectors.toUnmodifiableSet());
    }
}
