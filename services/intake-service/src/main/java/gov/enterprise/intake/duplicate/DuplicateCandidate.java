package gov.enterprise.intake.duplicate;

import java.time.Instant;

/** An earlier issue of the same enterprise that a new one might repeat. */
public record DuplicateCandidate(String issueId, String title, String description, Instant reportedAt) {
}
