package gov.enterprise.edge.proxy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Clients do not choose the system's traces: trace context sent from outside ({@code traceparent},
 * {@code tracestate}, {@code baggage}, B3) is hidden from the edge's own tracing and not forwarded. Honoured, a
 * client's sampled flag would force every one of its requests into the trace store, whatever the sampling
 * probability, and its ids would mix with ours. A request's trace therefore starts at the edge, which passes its own
 * context on to the service. Runs before the observation filter that starts the edge's span.
 */
public final class UntrustedTraceContextFilter extends OncePerRequestFilter {

    static final Set<String> TRACE_HEADERS = Set.of("traceparent", "tracestate", "baggage", "b3", "x-b3-traceid",
            "x-b3-spanid", "x-b3-parentspanid", "x-b3-sampled", "x-b3-flags");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(hasTraceContext(request) ? new WithoutTraceContext(request) : request, response);
    }

    private static boolean hasTraceContext(HttpServletRequest request) {
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            if (isTraceHeader(names.nextElement())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTraceHeader(String name) {
        return TRACE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static final class WithoutTraceContext extends HttpServletRequestWrapper {

        WithoutTraceContext(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return isTraceHeader(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isTraceHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !isTraceHeader(name)).toList());
        }
    }
}
