package gov.enterprise.identity;

import jakarta.servlet.DispatcherType;

import gov.enterprise.security.ProblemAccessDeniedHandler;
import gov.enterprise.security.ProblemAuthenticationEntryPoint;
import gov.enterprise.web.problem.ProblemResponseWriter;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * This app is not a resource server: it is where tokens come from. Its own filter chain (which makes the shared
 * resource-server chain step aside) opens the token, key and discovery endpoints and health, and denies the rest.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurityConfiguration {

    @Bean
    SecurityFilterChain identitySecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // no cookies, no sessions: nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/dev/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json", "/.well-known/openid-configuration",
                                "/dev/.well-known/jwks.json", "/dev/.well-known/openid-configuration").permitAll()
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
