package gov.enterprise.web.problem;

/**
 * One field at fault in a 400 answer: {@code {"field": "uscc", "reason": "check digit does not match"}}.
 * {@code field} is the JSON path in the body ({@code issues[0].title}), or the query parameter or header name.
 */
public record FieldProblem(String field, String reason) {
}
