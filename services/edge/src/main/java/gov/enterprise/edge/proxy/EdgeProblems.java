package gov.enterprise.edge.proxy;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The edge's own answers (no route, backend down), in the same RFC 9457 format and type URIs as the services'
 * ({@code https://ticketing.example/problems/<slug>}, see web-security's ProblemTypes). The edge doesn't depend on
 * that library: it would bring the resource-server filter chain onto the hot path of every proxied request.
 */
public final class EdgeProblems {

    static final String TYPE_BASE = "https://ticketing.example/problems/";

    private final JsonMapper jsonMapper;

    public EdgeProblems(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No service owns " + request.getRequestURI(), null);
    }

    public void badPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, "malformed-request", "Bad request",
                "The path must not contain '.' or '..' segments", null);
    }

    public void badQuery(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, "malformed-request", "Bad request",
                "The query string is not valid percent-encoding (RFC 3986)", null);
    }

    /** What the servlet container refused before any route saw the request (a method it does not serve, ...). */
    public void refused(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        String slug = switch (status) {
            case BAD_REQUEST -> "malformed-request";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            // the generic types web-security's ProblemTypes gives the services' answers
            default -> status.is4xxClientError() ? "http-" + status.value() : "internal-error";
        };
        // a 405 names the methods there are (Tomcat's Allow), which the answer must keep
        write(request, response, status, slug, status.getReasonPhrase(),
                "The edge refused the request: " + status.getReasonPhrase().toLowerCase(Locale.ROOT), null,
                HttpHeaders.ALLOW, response.getHeader(HttpHeaders.ALLOW));
    }

    /**
     * What Tomcat refused before the edge saw it (see ContainerProblemValve): the rule the request broke, read from
     * Tomcat's reason ({@code failure}: the parser's exception; {@code message}: its error message).
     */
    void refusedByContainer(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                            String failure, String message) throws IOException {
        String detail = status == HttpStatus.BAD_REQUEST ? unparsable(request.getRequestURI(), failure, message)
                : null;
        if (detail == null) {
            refused(request, response, status);
        } else {
            write(request, response, status, "malformed-request", "Bad request", detail, null);
        }
    }

    /**
     * Tomcat's reasons are its own English (they follow the JVM's locale and may quote the whole request), so they
     * are matched to a rule the client can act on; a reason not known here gets the general rule.
     */
    private static String unparsable(String path, String failure, String message) {
        if (failure != null) {
            if (failure.startsWith("Invalid character found in the request target")) {
                return "The path or query has a character that must be percent-encoded (RFC 3986), such as a space,"
                        + " '|' or '\"'";
            }
            if (failure.startsWith("Request header is too large")) {
                return "The request's headers are larger than the edge accepts";
            }
            if (failure.startsWith("The HTTP header line")) {
                return "A header line is not valid HTTP/1.1 (RFC 9112): a name, a colon, then the value";
            }
            return "The request is not valid HTTP/1.1 (RFC 9112)";
        }
        if (message == null || !message.startsWith("Invalid URI")) {
            return null;
        }
        if (path == null || message.contains("hexadecimal")) {
            return "The path is not valid percent-encoding (RFC 3986): '%' must be followed by two hexadecimal digits";
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (!path.startsWith("/")) {
            return "The path must start with '/'";
        }
        if (lower.contains("%2f") || lower.contains("%5c")) {
            return "The path must not have an encoded '/' or '\\' (%2F, %5C): a segment cannot hold either";
        }
        if (lower.contains("%00")) {
            return "The path must not have an encoded NUL (%00)";
        }
        return "The path is not a valid URI path (RFC 3986)";
    }

    public void unavailable(HttpServletRequest request, HttpServletResponse response, String service)
            throws IOException {
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                "The " + service + " service is not reachable; try again shortly", service);
    }

    /** Load shedding: the edge proxies as many requests as it may at once; a client retries after a second. */
    public void overloaded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "overloaded", "Overloaded",
                "The system is handling as many requests as it can; retry in a second", null,
                HttpHeaders.RETRY_AFTER, "1");
    }

    public void timeout(HttpServletRequest request, HttpServletResponse response, String service) throws IOException {
        write(request, response, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout",
                "The " + service + " service did not answer in time", service);
    }

    public void badGateway(HttpServletRequest request, HttpServletResponse response, String service)
            throws IOException {
        write(request, response, HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway",
                "The exchange with the " + service + " service failed", service);
    }

    /** The path asked for; on the error page, the one that failed (when it is a URI at all). */
    private static URI instance(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        if (path == null) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug,
                       String title, String detail, String service) throws IOException {
        write(request, response, status, slug, title, detail, service, null, null);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug,
                       String title, String detail, String service, String header, String headerValue)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        problem.setInstance(instance(request));
        if (service != null) {
            problem.setProperty("service", service);
        }
        response.setStatus(status.value());
        if (headerValue != null) {
            response.setHeader(header, headerValue);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
