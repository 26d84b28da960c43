package gov.enterprise.web.request;

import gov.enterprise.text.FreeText;
import gov.enterprise.web.problem.ProblemResponseWriter;
import gov.enterprise.web.problem.Problems;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not text (400) before anything reads it: percent-encoding that is not UTF-8, or a
 * parameter with a control character. Both reached the servlet container's parser or the database as a 500 (no
 * PostgreSQL text holds a NUL); no search term, code or cursor of this API has one.
 */
public final class QueryParameterCheck extends OncePerRequestFilter {

    private final ProblemResponseWriter problems;

    public QueryParameterCheck(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail refusal = request.getQueryString() == null ? null : refusal(request);
        if (refusal != null) {
            refusal.setInstance(URI.create(request.getRequestURI()));
            problems.write(response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    private static ProblemDetail refusal(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            // Tomcat parses parameters on first use, and refuses bytes that are not UTF-8 there
            return Problems.invalid("query", "is not name=value pairs of percent-encoded UTF-8 text").getBody();
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (FreeText.hasControlCharacter(parameter.getKey())) {
                return Problems.invalid("query", "has a parameter name with a control character").getBody();
            }
            for (String value : parameter.getValue()) {
                if (FreeText.hasControlCharacter(value)) {
                    return Problems.invalid(parameter.getKey(), "must not contain control characters").getBody();
                }
            }
        }
        return null;
    }
}
