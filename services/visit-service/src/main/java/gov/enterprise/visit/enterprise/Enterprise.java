package gov.enterprise.visit.enterprise;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An enterprise file's master data (一企一档) as stored: the stated details, their version (one per change, the
 * {@code ETag}) and when it was registered and last changed.
 *
 * @param lastVisitedAt the latest visit by any cadre, or null
 */
public record Enterprise(EnterpriseDetails details, long version, Instant registeredAt, Instant changedAt,
                         Instant lastVisitedAt) {

    public Enterprise {
        requireNonNull(details, "details");
        requireNonNull(registeredAt, "registeredAt");
        requireNonNull(changedAt, "changedAt");
    }

    public Uscc uscc() {
        return details.uscc();
    }

    public String regionCode() {
        return details.regionCode();
    }
}
