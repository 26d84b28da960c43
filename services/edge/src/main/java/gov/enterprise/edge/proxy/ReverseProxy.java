package gov.enterprise.edge.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Enumeration;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import gov.enterprise.edge.route.Route;

/**
 * Forwards one request to its backend and streams the answer back: method, path and query, headers (bearer
 * token, {@code If-Match}, {@code Idempotency-Key}, ...), body, status and response headers ({@code ETag}, ...).
 * Bodies are streamed, never buffered whole. Connections to backends are pooled HTTP/1.1 keep-alive connections
 * ({@link ProxyConfiguration#backendClient}), used by the request's own thread: blocking I/O on a virtual thread,
 * no hand-over to a selector thread and back as {@code java.net.http} does for every exchange. An event stream's
 * exchange is kept in {@link OpenStreams} while it lasts, so that stopping the edge can end it.
 */
public final class ReverseProxy {

    private static final Logger log = LoggerFactory.getLogger(ReverseProxy.class);
    private static final String EVENT_STREAM = "text/event-stream";

    private final CloseableHttpClient client;
    private final EdgeProblems problems;
    private final OpenStreams streams;

    public ReverseProxy(CloseableHttpClient client, EdgeProblems problems, OpenStreams streams) {
        this.client = client;
        this.problems = problems;
        this.streams = streams;
    }

    public void forward(Route route, HttpServletRequest request, HttpServletResponse response) throws IOException {
        URI target;
        try {
            target = route.target(request.getRequestURI(), request.getQueryString());
        } catch (IllegalArgumentException e) {
            // Tomcat passes a stray '%' in the query on as it came; no backend could be asked with it
            problems.badQuery(request, response);
            return;
        }
        HttpUriRequestBase exchange = backendRequest(target, request);
        ClassicHttpResponse answer;
        try {
            answer = client.executeOpen(null, exchange, null);
        } catch (ConnectException | ConnectTimeoutException | UnknownHostException | NoRouteToHostException e) {
            log.warn("{} {} -> {} unavailable: {}", request.getMethod(), request.getRequestURI(), route.service(),
                    e.toString());
            problems.unavailable(request, response, route.service());
            return;
        } catch (SocketTimeoutException e) {
            log.warn("{} {} -> {} timed out", request.getMethod(), request.getRequestURI(), route.service());
            problems.timeout(request, response, route.service());
            return;
        } catch (InterruptedIOException e) {
            // the exchange was aborted (the edge stopping): answer first, since a virtual thread marked interrupted
            // has its socket closed under its next write, then keep the interruption for whoever stops us
            problems.unavailable(request, response, route.service());
            Thread.currentThread().interrupt();
            return;
        } catch (IOException e) {
            log.warn("{} {} -> {} failed: {}", request.getMethod(), request.getRequestURI(), route.service(),
                    e.toString());
            problems.badGateway(request, response, route.service());
            return;
        }
        boolean eventStream = isEventStream(answer);
        if (eventStream) {
            streams.open(exchange);
        }
        try (answer) {
            copyResponse(answer, response);
        } catch (IOException e) {
            if (!(eventStream && exchange.isCancelled())) {
                throw e;
            }
            // the edge is stopping: returning ends the client's stream cleanly, and the client reconnects
        } finally {
            if (eventStream) {
                streams.close(exchange);
            }
        }
    }

    private static boolean isEventStream(ClassicHttpResponse answer) {
        Header type = answer.getFirstHeader("Content-Type");
        return type != null && type.getValue().regionMatches(true, 0, EVENT_STREAM, 0, EVENT_STREAM.length());
    }

    private static HttpUriRequestBase backendRequest(URI target, HttpServletRequest request) throws IOException {
        var forwarded = new HttpUriRequestBase(request.getMethod(), target);
        Set<String> dropped = ForwardedHeaders.droppedFrom(request);
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (ForwardedHeaders.forwardRequestHeader(name, dropped)) {
                Enumeration<String> values = request.getHeaders(name);
                while (values.hasMoreElements()) {
                    forwarded.addHeader(name, values.nextElement());
                }
            }
        }
        // this hop's view of the client; with server.forward-headers-strategy=native behind a trusted load
        // balancer, these are already the load balancer's client values
        forwarded.addHeader("X-Forwarded-For", request.getRemoteAddr());
        forwarded.addHeader("X-Forwarded-Proto", request.getScheme());
        // the host and its port apart, as Tomcat's RemoteIpValve in the services reads them: given a host with a
        // port, it drops the port and formats a debug message on every request, logged or not; given no port, the
        // addresses a service writes into its answers (the resource metadata a 401 names) lose the client's port
        if (request.getHeader("Host") != null) {
            forwarded.addHeader("X-Forwarded-Host", request.getServerName());
        }
        forwarded.addHeader("X-Forwarded-Port", Integer.toString(request.getServerPort()));
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length > 0 || chunked) {
            // a known length goes on as Content-Length, so the backend sees the same framing as the client sent;
            // the content type travels as the client's header
            forwarded.setEntity(new InputStreamEntity(request.getInputStream(), length > 0 ? length : -1, null));
        }
        return forwarded;
    }

    private static void copyResponse(ClassicHttpResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.getCode());
        for (Header header : answer.getHeaders()) {
            if (ForwardedHeaders.forwardResponseHeader(header.getName())) {
                response.addHeader(header.getName(), header.getValue());
            }
        }
        HttpEntity entity = answer.getEntity();
        if (entity == null) {
            return;
        }
        try (InputStream in = entity.getContent()) {
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
}
