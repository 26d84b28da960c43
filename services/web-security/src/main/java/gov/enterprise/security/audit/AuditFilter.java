package gov.enterprise.security.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gov.enterprise.security.SubjectAuthentication;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every write on the API (any method but GET, HEAD, OPTIONS under {@code /api/}), including refused ones.
 * It sits in the security filter chain just after the security context is set up, so on the way out it sees
 * both the authenticated subject and the final status.
 */
public final class AuditFilter extends OncePerRequestFilter {

    private final AuditTrail trail;
    private final Clock clock;

    public AuditFilter(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = clock.instant();
        int status = 500; // what the client gets if the chain throws
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            trail.record(new AuditEntry(at, who(), request.getMethod(), request.getRequestURI(),
                    Integer.toString(status), request.getRemoteAddr()));
        }
    }

    private static String who() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof SubjectAuthentication subject ? subject.subject().toString() : "anonymous";
    }
}
