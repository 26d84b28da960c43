package gov.enterprise.edge.proxy;

import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which headers cross the edge. Hop-by-hop headers (RFC 9110 7.6.1) belong to one connection and are dropped;
 * so are headers the HTTP client sets itself. Forwarding headers from the client are dropped too: the edge is
 * where the trust boundary is, so it states the client address, scheme and host itself. Trace context from the
 * client is dropped as well: a service would continue the client's trace, whose sampled flag would force every one
 * of the client's requests into the trace store whatever the sampling probability, so a trace starts in the service.
 * Nothing is added that says who the caller is: services learn that only from the bearer token.
 */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
            "te", "trailer", "trailers", "transfer-encoding", "upgrade", "http2-settings");

    // set by the HTTP client itself from the forwarded request (target, body framing)
    private static final Set<String> CLIENT_MANAGED = Set.of("host", "content-length", "expect");

    private static final Set<String> CLIENT_FORWARDING = Set.of(
            "forwarded", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port",
            "x-forwarded-prefix", "x-real-ip");

    private static final Set<String> CLIENT_TRACE_CONTEXT = Set.of(
            "traceparent", "tracestate", "baggage", "b3", "x-b3-traceid", "x-b3-spanid", "x-b3-parentspanid",
            "x-b3-sampled", "x-b3-flags");

    private static final Set<String> DROPPED_REQUEST_HEADERS = union(HOP_BY_HOP, CLIENT_MANAGED, CLIENT_FORWARDING,
            CLIENT_TRACE_CONTEXT);

    private ForwardedHeaders() {
    }

    /** The request headers to drop for this request: the fixed ones plus those its {@code Connection} names. */
    static Set<String> droppedFrom(HttpServletRequest request) {
        Enumeration<String> connection = request.getHeaders("Connection");
        if (connection == null || !connection.hasMoreElements()) {
            return DROPPED_REQUEST_HEADERS;
        }
        Set<String> dropped = new HashSet<>(DROPPED_REQUEST_HEADERS);
        while (connection.hasMoreElements()) {
            for (String token : connection.nextElement().split(",")) {
                dropped.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return dropped;
    }

    /** Whether a request header goes on to the backend, given what {@link #droppedFrom} returned. */
    static boolean forwardRequestHeader(String name, Set<String> dropped) {
        return !dropped.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether a response header from the backend goes on to the client. */
    static boolean forwardResponseHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !HOP_BY_HOP.contains(lower) && !lower.startsWith(":");
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
