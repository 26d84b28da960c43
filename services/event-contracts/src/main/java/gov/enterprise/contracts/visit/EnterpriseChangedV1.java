package gov.enterprise.contracts.visit;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;
import java.util.List;

/** An enterprise file was corrected; carries the whole new state, so a consumer never merges partial changes. */
public record EnterpriseChangedV1(EnterpriseFacts enterprise, String name, List<String> tags, Instant changedAt) {

    public EnterpriseChangedV1 {
        requireNonNull(enterprise, "enterprise");
        requireNonNull(name, "name");
        tags = tags == null ? List.of() : List.copyOf(tags);
        requireNonNull(changedAt, "changedAt");
    }
}
