package gov.enterprise.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own authorization rules, by request path and role. Declare one bean (or several, ordered with
 * {@code @Order}) in the service's {@code config} package; its rules are applied before the defaults
 * ({@code /api/**} authenticated, health/info/prometheus and API docs open, everything else denied), so the
 * first matching rule wins:
 *
 * <pre>{@code
 * @Bean
 * SecurityRules ticketRules() {
 *     return requests -> requests
 *         .requestMatchers(HttpMethod.POST, "/api/v1/tickets/*\/extension").hasRole(SubjectKind.HEAD.role())
 *         .requestMatchers("/api/v1/tickets/**").hasAnyRole("OFFICER", "HEAD");
 * }
 * }</pre>
 *
 * Rules decide by role only. Whether this officer may act on this ticket (scope) is a domain decision taken
 * with the {@link Subject} and refused with {@code Problems.forbidden(...)}.
 */
@FunctionalInterface
public interface SecurityRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
