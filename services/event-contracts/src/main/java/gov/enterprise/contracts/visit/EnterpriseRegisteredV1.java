package gov.enterprise.contracts.visit;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;
import java.util.List;

/** An enterprise file was opened. */
public record EnterpriseRegisteredV1(EnterpriseFacts enterprise, String name, List<String> tags, Instant registeredAt) {

    public EnterpriseRegisteredV1 {
        requireNonNull(enterprise, "enterprise");
        requireNonNull(name, "name");
        tags = tags == null ? List.of() : List.copyOf(tags);
        requireNonNull(registeredAt, "registeredAt");
    }
}
