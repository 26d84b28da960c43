package gov.enterprise.identity;

import jakarta.servlet.DispatcherType;

import gov.enterprise.security.ProblemAccessDeniedHandler;
import gov.enterprise.security.ProblemAuthenticationEntryPoint;
import gov.enterprise.web.problem.ProblemResponseWriter;
import java.util.List;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * This app is not a resource server: it is where tokens come from. Its own filter chain (which makes the shared
 * resource-server chain step aside) opens the token, sign-in (authorization), key and discovery endpoints and
 * health, and denies the rest.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurityConfiguration {

    @Bean
    SecurityFilterChain identitySecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems,
                                                    IdentityProperties properties) throws Exception {
        return http
                .cors(cors -> cors.configurationSource(browserApplications(properties)))
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
                        .requestMatchers(HttpMethod.POST, "/dev/token", "/dev/authorize").permitAll()
                        .requestMatchers(HttpMethod.GET, "/dev/authorize").permitAll()
                        .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json", "/.well-known/openid-configuration",
                                "/dev/.well-known/jwks.json", "/dev/.well-known/openid-configuration").permitAll()
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * A browser application reads the discovery document and exchanges its code from its own page, on another origin
     * than this one (the dashboard at http://127.0.0.1:8080 against an issuer at http://localhost:8080/dev): the
     * origins of the registered redirect URIs may, as with any OpenID provider that serves browser clients.
     */
    private static CorsConfigurationSource browserApplications(IdentityProperties properties) {
        var origins = new CorsConfiguration();
        origins.setAllowedOrigins(properties.redirectUris().stream()
                .map(uri -> UriComponentsBuilder.fromUriString(uri).replacePath(null).build().toUriString())
                .distinct().toList());
        origins.setAllowedMethods(List.of("GET", "POST"));
        var source = new UrlBasedCorsConfigurationSource();
        for (String path : List.of("/dev/token", "/.well-known/**", "/dev/.well-known/**")) {
            source.registerCorsConfiguration(path, origins);
        }
        return source;
    }
}
