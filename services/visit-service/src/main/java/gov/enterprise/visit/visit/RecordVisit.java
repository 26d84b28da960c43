package gov.enterprise.visit.visit;

import gov.enterprise.visit.enterprise.Uscc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A validated request to record a visit.
 *
 * @param visitId the client's id for the visit, or null to have one assigned (then a retry cannot be recognised)
 */
public record RecordVisit(UUID visitId, Uscc uscc, Instant visitedAt, Mode mode, String summary,
                          List<IssueDraft> issues) {

    public RecordVisit {
        issues = List.copyOf(issues);
    }

    /** @param issueId the client's id for the issue, or null to have one assigned */
    public record IssueDraft(UUID issueId, String title, String description, String categoryHint) {
    }

    /**
     * A digest of the request as sent by {@code cadreId}: equal for a retry of it, different for any other request
     * (other values, other ids chosen, another cadre). Instants are compared as instants, so a retry may spell the
     * time zone differently.
     */
    public String fingerprint(String cadreId) {
        var text = new StringBuilder();
        append(text, cadreId);
        append(text, visitId == null ? null : visitId.toString());
        append(text, uscc.value());
        append(text, visitedAt.toString());
        append(text, mode.name());
        append(text, summary);
        for (IssueDraft issue : issues) {
            append(text, issue.issueId() == null ? null : issue.issueId().toString());
            append(text, issue.title());
            append(text, issue.description());
            append(text, issue.categoryHint());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    // length-prefixed, so that no two different sequences of values produce the same text
    private static void append(StringBuilder text, String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }
}
