package gov.enterprise.security;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.DispatcherType;

import gov.enterprise.security.audit.AuditFilter;
import gov.enterprise.security.audit.AuditTrail;
import gov.enterprise.security.audit.LoggingAuditTrail;
import gov.enterprise.web.problem.ProblemAutoConfiguration;
import gov.enterprise.web.problem.ProblemResponseWriter;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultServletWebSecurity;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.OAuth2ProtectedResourceMetadata;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes a servlet application an OAuth2 resource server for the ticketing API: JWTs validated by Boot's decoder
 * ({@code spring.security.oauth2.resourceserver.jwt.*}: signature by JWKS, issuer, expiry, audience), the caller
 * as a {@link Subject}, problem+json for 401/403, and an audit record of every API write.
 *
 * <p>The filter chain: each {@link SecurityRules} bean first, then actuator health/info/prometheus and API docs
 * open, {@code /api/**} authenticated, everything else denied. An application that is not a resource server
 * (the development identity provider) declares its own {@link SecurityFilterChain}, and this one steps aside.
 */
@AutoConfiguration(
        before = {ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerWebSecurityAutoConfiguration.class,
                ServletWebSecurityAutoConfiguration.class, SecurityAutoConfiguration.class,
                UserDetailsServiceAutoConfiguration.class},
        after = {OAuth2ResourceServerAutoConfiguration.class, ProblemAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SubjectAuthenticationConverter subjectAuthenticationConverter(SecurityProperties properties) {
        return new SubjectAuthenticationConverter(properties.subjectClaim());
    }

    @Bean
    @ConditionalOnMissingBean
    AuditTrail auditTrail() {
        return new LoggingAuditTrail();
    }

    @Bean
    WebMvcConfigurer subjectArgumentResolverConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new SubjectArgumentResolver());
            }
        };
    }

    /** A {@code Subject} parameter is the caller, not request input: keep it out of the OpenAPI document. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.utils.SpringDocUtils")
    static class ApiDocsConfiguration {

        ApiDocsConfiguration() {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(Subject.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnDefaultServletWebSecurity
    static class ApiFilterChainConfiguration {

        /** Tokens remembered after verification: far more than the callers a service sees within a token's life. */
        private static final int VERIFIED_TOKENS = 4096;

        @Bean
        SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
                SubjectAuthenticationConverter converter, ProblemResponseWriter problems,
                ObjectProvider<SecurityRules> rules, AuditTrail auditTrail, Environment environment)
                throws Exception {
            JwtDecoder decoder = jwtDecoder.getIfAvailable();
            if (decoder == null) {
                throw new IllegalStateException("No JWT decoder: set spring.security.oauth2.resourceserver.jwt"
                        + ".jwk-set-uri (keys) and .issuer-uri (the issuer to accept), or declare a JwtDecoder bean");
            }
            ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
            ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
            http
                    .csrf(csrf -> csrf.disable()) // bearer tokens, no cookies: nothing for CSRF to protect
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(cache -> cache.disable())
                    .httpBasic(basic -> basic.disable())
                    .formLogin(form -> form.disable())
                    .logout(logout -> logout.disable())
                    .oauth2ResourceServer(resourceServer -> resourceServer
                            .bearerTokenResolver(new AuthorizationHeaderToken())
                            .jwt(jwt -> jwt
                                    .decoder(new VerifiedTokenCache(decoder, Clock.systemUTC(), VERIFIED_TOKENS))
                                    .jwtAuthenticationConverter(converter))
                            .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                                    resource -> describe(resource, environment)))
                            .authenticationEntryPoint(entryPoint)
                            .accessDeniedHandler(accessDenied))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(entryPoint)
                            .accessDeniedHandler(accessDenied))
                    .addFilterAfter(new AuditFilter(auditTrail, Clock.systemUTC()), SecurityContextHolderFilter.class)
                    .authorizeHttpRequests(requests -> {
                        requests.withObjectPostProcessor(new HeadAuthorizedAsGet());
                        // the container's error and forward dispatches render what was already decided
                        requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
                        rules.orderedStream().forEach(rule -> rule.apply(requests));
                        requests
                                .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                        "/swagger-ui.html", "/swagger-ui/**").permitAll()
                                .requestMatchers("/api/**").authenticated()
                                .anyRequest().denyAll();
                    });
            return http.build();
        }

        /**
         * Spring's request firewall with its own rules for header characters, checked without regular expressions,
         * and its refusals answered as problems that name the rule.
         */
        @Bean
        WebSecurityCustomizer headerCharacterFirewall(ProblemResponseWriter problems) {
            StrictHttpFirewall firewall = new StrictHttpFirewall();
            firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
            firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
            return web -> web.httpFirewall(firewall).requestRejectedHandler(new FirewallRejections(problems));
        }

        /**
         * What a client learns from {@code /.well-known/oauth-protected-resource} (RFC 9728), the address every 401
         * names: who issues the tokens, and that they go in the {@code Authorization} header as plain bearer
         * tokens (Spring's default would claim certificate-bound tokens, which no issuer of ours makes).
         */
        private static void describe(OAuth2ProtectedResourceMetadata.Builder resource, Environment environment) {
            String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
            if (issuer != null && !issuer.isBlank()) {
                resource.authorizationServer(issuer);
            }
            resource.resourceName("Enterprise service ticketing API")
                    .bearerMethods(methods -> {
                        methods.clear();
                        methods.add("header");
                    })
                    .tlsClientCertificateBoundAccessTokens(false);
        }
    }
}
