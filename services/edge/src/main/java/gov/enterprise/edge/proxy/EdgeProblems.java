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
