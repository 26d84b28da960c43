package gov.enterprise.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;

/**
 * A {@code HEAD} is authorized as the {@code GET} it stands for. It asks for the same answer without its content
 * (RFC 9110, 9.3.2), and Spring MVC answers it with the {@code GET} handler, so it must pass exactly the rules the
 * {@code GET} passes. Services write their read rules for {@code GET} only: without this, a {@code HEAD} matched
 * none of them and was refused where the {@code GET} was open, or fell through to "any token" where the
 * {@code GET} needed a role.
 */
final class HeadAuthorizedAsGet implements ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> {

    @Override
    public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O rules) {
        @SuppressWarnings("unchecked")
        O asGet = (O) new AsGet(rules);
        return asGet;
    }

    private record AsGet(AuthorizationManager<HttpServletRequest> rules)
            implements AuthorizationManager<HttpServletRequest> {

        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                HttpServletRequest request) {
            return rules.authorize(authentication, "HEAD".equals(request.getMethod()) ? new GetView(request) : request);
        }
    }

    private static final class GetView extends HttpServletRequestWrapper {

        GetView(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
