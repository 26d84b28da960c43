package gov.enterprise.web.problem;

import java.net.URI;

import org.springframework.http.HttpStatusCode;

/**
 * The {@code type} URIs of every problem this system answers with: {@code https://ticketing.example/problems/<slug>}.
 * The base is an identifier, stable across versions, not a page that must resolve. Clients branch on the type
 * (and on {@code status}), never on {@code title} or {@code detail}, which are for people.
 */
public final class ProblemTypes {

    public static final String BASE = "https://ticketing.example/problems/";

    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI CONFLICT = of("conflict");
    public static final URI PRECONDITION_FAILED = of("precondition-failed");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI UNPROCESSABLE = of("unprocessable");
    public static final URI PRECONDITION_REQUIRED = of("precondition-required");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI INTERNAL_ERROR = of("internal-error");
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");

    private ProblemTypes() {
    }

    /** The type URI for a slug, e.g. {@code of("ticket-state")}. Slugs are lower-case words joined by '-'. */
    public static URI of(String slug) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem slug must be lower-case words joined by '-': " + slug);
        }
        return URI.create(BASE + slug);
    }

    /** The generic type for a status without a more specific one. */
    public static URI forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status.is5xxServerError() ? INTERNAL_ERROR : URI.create(BASE + "http-" + status.value());
        };
    }
}
