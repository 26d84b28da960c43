package gov.enterprise.intake.duplicate;

/** The earlier issue a new one very probably repeats, and how alike their texts are (0 to 1). */
public record DuplicateMatch(String originalIssueId, double similarity) {
}
