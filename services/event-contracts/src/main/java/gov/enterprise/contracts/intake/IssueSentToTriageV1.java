package gov.enterprise.contracts.intake;

import static java.util.Objects.requireNonNull;

import gov.enterprise.contracts.EnterpriseFacts;
import java.time.Instant;

/**
 * No rule could route the issue, or its department returned it: a triage officer decides case by case (一事一议).
 *
 * @param returnedBy the department that returned it as misrouted, or null
 */
public record IssueSentToTriageV1(String issueId, EnterpriseFacts enterprise, String reason, String returnedBy,
                                  Instant sentAt) {

    public IssueSentToTriageV1 {
        requireNonNull(issueId, "issueId");
        requireNonNull(enterprise, "enterprise");
        requireNonNull(reason, "reason");
        requireNonNull(sentAt, "sentAt");
    }
}
