package gov.enterprise.edge.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.enterprise.edge.route.Route;

/**
 * Forwards one request to its backend and streams the answer back: method, path and query, headers (bearer
 * token, {@code If-Match}, {@code Idempotency-Key}, ...), body, status and response headers ({@code ETag}, ...).
 * Bodies are streamed, never buffered whole. Connections to backends are pooled HTTP/1.1 keep-alive connections.
 */
public final class ReverseProxy {

    private static final Logger log = LoggerFactory.getLogger(ReverseProxy.class);

    private final HttpClient client;
    private final Duration responseTimeout;
    private final EdgeProblems problems;

    public ReverseProxy(HttpClient client, Duration responseTimeout, EdgeProblems problems) {
        this.client = client;
        this.responseTimeout = responseTimeout;
        this.problems = problems;
    }

    public void forward(Route route, HttpServletRequest request, HttpServletResponse response) throws IOException {
        URI target = route.target(request.getRequestURI(), request.getQueryString());
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(backendRequest(target, request), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            log.warn("{} {} -> {} unavailable: {}", request.getMethod(), request.getRequestURI(), route.service(), e.toString());
            problems.unavailable(request, response, route.service());
            return;
        } catch (HttpTimeoutException e) {
            log.warn("{} {} -> {} timed out", request.getMethod(), request.getRequestURI(), route.service());
            problems.timeout(request, response, route.service());
            return;
        } catch (IOException | UnresolvedAddressException e) {
            if (isConnectFailure(e)) {
                problems.unavailable(request, response, route.service());
            } else {
                log.warn("{} {} -> {} failed: {}", request.getMethod(), request.getRequestURI(), route.service(), e.toString());
                problems.badGateway(request, response, route.service());
            }
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.unavailable(request, response, route.service());
            return;
        }
        copyResponse(answer, response);
    }

    private HttpRequest backendRequest(URI target, HttpServletRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(responseTimeout);
        Set<String> dropped = ForwardedHeaders.droppedFrom(request);
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (ForwardedHeaders.forwardRequestHeader(name, dropped)) {
                Enumeration<String> values = request.getHeaders(name);
                while (values.hasMoreElements()) {
                    addHeader(builder, name, values.nextElement());
                }
            }
        }
        // this hop's view of the client; with server.forward-headers-strategy=native behind a trusted load
        // balancer, these are already the load balancer's client values
        builder.header("X-Forwarded-For", request.getRemoteAddr());
        builder.header("X-Forwarded-Proto", request.getScheme());
        String host = request.getHeader("Host");
        if (host != null) {
            builder.header("X-Forwarded-Host", host);
        }
        return builder.method(request.getMethod(), body(request)).build();
    }

    private static void addHeader(HttpRequest.Builder builder, String name, String value) {
        try {
            builder.header(name, value);
        } catch (IllegalArgumentException e) {
            // a name or value the HTTP client refuses (e.g. a header it reserves): not forwardable
            log.debug("Not forwarding header {}: {}", name, e.getMessage());
        }
    }

    private static HttpRequest.BodyPublisher body(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return request.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // a known length goes on as Content-Length, so the backend sees the same framing as the client sent
        return length > 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, length) : stream;
    }

    private static void copyResponse(HttpResponse<InputStream> answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.statusCode());
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            if (ForwardedHeaders.forwardResponseHeader(header.getKey())) {
                for (String value : header.getValue()) {
                    response.addHeader(header.getKey(), value);
                }
            }
        }
        try (InputStream in = answer.body()) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (in.available() == 0) {
                    out.flush(); // the backend paused: pass on what we have (streamed and event responses)
                }
            }
        }
    }

    private static boolean isConnectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }
}
