package gov.enterprise.intake.config;

import gov.enterprise.security.SecurityRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call which intake paths; finer checks (whose issue is this?) are made with the caller's subject
 * in the domain.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityRules intakeRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/issues").hasAnyRole("ENTERPRISE", "OPERATOR")
                .requestMatchers(HttpMethod.GET, "/api/v1/issues", "/api/v1/issues/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/v1/triage/**").hasAnyRole("TRIAGE", "ADMIN")
                .requestMatchers("/api/v1/triage/**").hasRole("TRIAGE")
                .requestMatchers(HttpMethod.GET, "/api/v1/routing-rules/**", "/api/v1/sla-policies/**",
                        "/api/v1/classification/**").hasAnyRole("ADMIN", "TRIAGE")
                .requestMatchers(HttpMethod.POST, "/api/v1/classification/trials").hasAnyRole("ADMIN", "TRIAGE")
                .requestMatchers("/api/v1/routing-rules/**", "/api/v1/sla-policies/**", "/api/v1/classification/**")
                .hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/calendars/**", "/api/v1/categories",
                        "/api/v1/departments").authenticated()
                .requestMatchers("/api/v1/calendars/**").hasRole("ADMIN");
    }
}
