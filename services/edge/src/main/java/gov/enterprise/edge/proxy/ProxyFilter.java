package gov.enterprise.edge.proxy;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gov.enterprise.edge.route.RouteTable;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Sends every request a route owns to its service, before Spring MVC sees it. The edge's own endpoints
 * ({@code /actuator/**}) go on to MVC; anything else is a 404 problem.
 */
public final class ProxyFilter extends OncePerRequestFilter {

    private final RouteTable routes;
    private final ReverseProxy proxy;
    private final EdgeProblems problems;
    /** Every proxied request holds a permit; without a bound, an overload piles up until the heap is gone. */
    private final Semaphore inFlight;

    public ProxyFilter(RouteTable routes, ReverseProxy proxy, EdgeProblems problems, int maxInFlight) {
        this.routes = routes;
        this.proxy = proxy;
        this.problems = problems;
        this.inFlight = new Semaphore(maxInFlight);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (hasDotSegment(path)) {
            problems.badPath(request, response);
            return;
        }
        RouteTable.Match match = routes.match(path);
        if (match != null) {
            // metrics of proxied requests are tagged with the route pattern, not one tag per URL
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(match.pattern().getPatternString()));
            if (!inFlight.tryAcquire()) {
                problems.overloaded(request, response);
                return;
            }
            try {
                proxy.forward(match.route(), request, response);
            } finally {
                inFlight.release();
            }
        } else if (path.equals("/actuator") || path.startsWith("/actuator/")) {
            chain.doFilter(request, response);
        } else {
            problems.notFound(request, response);
        }
    }

    /** Backends would resolve {@code /api/v1/visits/../tickets} differently from the route that was matched. */
    private static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/", -1)) {
            String decoded = segment.replace("%2e", ".").replace("%2E", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
