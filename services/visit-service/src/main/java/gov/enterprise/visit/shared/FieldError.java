package gov.enterprise.visit.shared;

/** One input field at fault and why, e.g. {@code issues[0].title}: "at most 100 characters". */
public record FieldError(String field, String reason) {
}
