package gov.enterprise.web.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * An answer that is not a success, thrown from anywhere in a request and rendered as
 * {@code application/problem+json}. Built with {@link Problems}; add members with {@link #with}:
 *
 * <pre>{@code
 * throw Problems.conflict("ticket-state", "A CLOSED ticket cannot be accepted")
 *         .with("state", "CLOSED").with("allowedActions", List.of());
 * }</pre>
 */
public class ProblemException extends RuntimeException implements ErrorResponse {

    private final ProblemDetail body;
    private final HttpHeaders headers = new HttpHeaders();

    ProblemException(HttpStatusCode status, URI type, String title, String detail) {
        super(detail, null, false, false); // a stack trace says nothing about an expected answer
        this.body = ProblemDetail.forStatusAndDetail(status, detail);
        this.body.setType(type);
        this.body.setTitle(title);
    }

    /** Adds a member to the problem object (e.g. {@code state}, {@code allowedActions}, {@code currentVersion}). */
    public ProblemException with(String name, Object value) {
        body.setProperty(name, value);
        return this;
    }

    /** Adds a response header (e.g. the current {@code ETag} with a 412). */
    public ProblemException withHeader(String name, String value) {
        headers.add(name, value);
        return this;
    }

    ProblemException withErrors(List<FieldProblem> errors) {
        return with("errors", List.copyOf(errors));
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatusCode.valueOf(body.getStatus());
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public ProblemDetail getBody() {
        return body;
    }
}
