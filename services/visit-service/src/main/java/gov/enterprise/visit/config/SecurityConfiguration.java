package gov.enterprise.visit.config;

import gov.enterprise.security.SecurityRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which roles may call which visit paths. Finer checks (is this cadre paired with this enterprise? is the file in
 * this leader's region?) are made with the caller's subject in the domain, and answer as if the record did not exist.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityRules visitRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/enterprises", "/api/v1/enterprises/*")
                .hasAnyRole("ADMIN", "CADRE", "LEADER", "ENTERPRISE")
                .requestMatchers("/api/v1/enterprises", "/api/v1/enterprises/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.PUT, "/api/v1/cadres/*/enterprises").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/cadres/**").hasAnyRole("ADMIN", "CADRE")
                .requestMatchers(HttpMethod.POST, "/api/v1/visits").hasRole("CADRE")
                .requestMatchers(HttpMethod.GET, "/api/v1/visits/*").hasAnyRole("ADMIN", "CADRE", "LEADER", "ENTERPRISE");
    }
}
