package gov.enterprise.web.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The one way services refuse a request: {@code throw Problems.xxx(...)}. Each returns a {@link ProblemException}
 * rendered as RFC 9457 {@code application/problem+json} with a type under {@link ProblemTypes#BASE}.
 * Overloads taking a {@code slug} give a more specific type ({@code .../problems/ticket-state}) for clients that
 * branch on it; the others use the status's generic type.
 */
public final class Problems {

    private Problems() {
    }

    /** 400 with the fields at fault, for rules bean validation can't express (e.g. a cross-field check). */
    public static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid").withErrors(errors);
    }

    /** 400 for one field at fault. */
    public static ProblemException invalid(String field, String reason) {
        return invalid(List.of(new FieldProblem(field, reason)));
    }

    /** 403: authenticated, but this subject may not act on this resource (scope checks in domain code). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }

    /** 404: the addressed resource does not exist (or the caller may not know it exists). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", detail);
    }

    /** 409: the request conflicts with the current state, e.g. an action not allowed in that state. */
    public static ProblemException conflict(String detail) {
        return conflict(null, detail);
    }

    public static ProblemException conflict(String slug, String detail) {
        return problem(HttpStatus.CONFLICT, slug, ProblemTypes.CONFLICT, "Conflict", detail);
    }

    /** 412: the {@code If-Match} version is stale. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
                "Precondition failed", detail);
    }

    /** 428: a conditional header such as {@code If-Match} is required and missing. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED,
                "Precondition required", detail);
    }

    /** 422: well-formed but can't be processed, e.g. an {@code Idempotency-Key} reused with a different body. */
    public static ProblemException unprocessable(String detail) {
        return unprocessable(null, detail);
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, slug, ProblemTypes.UNPROCESSABLE, "Unprocessable request",
                detail);
    }

    /** 503: a dependency the request needs is down; say which and, if known, when to retry. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                "Service unavailable", detail);
    }

    private static ProblemException problem(HttpStatus status, String slug, URI generic, String title, String detail) {
        return new ProblemException(status, slug == null ? generic : ProblemTypes.of(slug), title, detail);
    }
}
