package gov.enterprise.contracts.visit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * The cadres paired with an enterprise changed. Keyed by the enterprise, with the complete list after the change, so
 * the latest event of an enterprise is the truth.
 */
public record EnterprisePairingChangedV1(String uscc, List<String> cadreIds, Instant changedAt) {

    public EnterprisePairingChangedV1 {
        requireNonNull(uscc, "uscc");
        cadreIds = cadreIds == null ? List.of() : List.copyOf(cadreIds);
        requireNonNull(changedAt, "changedAt");
    }
}
