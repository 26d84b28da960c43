package gov.enterprise.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gov.enterprise.web.problem.ProblemResponseWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 (or 400 for a malformed {@code Authorization} header) as problem+json. The {@code WWW-Authenticate}
 * header is the standard bearer-token one (RFC 6750), which tells clients whether to fetch a new token.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponseWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure); // sets the status and WWW-Authenticate
        HttpStatusCode status = HttpStatusCode.valueOf(response.getStatus());
        String detail = failure instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getDescription() != null
                ? oauth.getError().getDescription()
                : "This request needs a valid bearer token";
        String title = status.value() == 401 ? "Unauthorized" : HttpStatus.valueOf(status.value()).getReasonPhrase();
        writer.write(response, ProblemResponseWriter.problem(request, status, title, detail));
    }
}
