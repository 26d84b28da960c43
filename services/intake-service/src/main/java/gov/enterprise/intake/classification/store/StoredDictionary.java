package gov.enterprise.intake.classification.store;

import gov.enterprise.intake.classification.Term;
import java.time.Instant;
import java.util.List;

/**
 * A category's dictionary as stored: its terms, and which version they are, by whom and since when.
 *
 * @param changedAt null for a category whose dictionary was never written
 */
public record StoredDictionary(String category, List<Term> terms, int version, String changedBy, Instant changedAt) {
}
