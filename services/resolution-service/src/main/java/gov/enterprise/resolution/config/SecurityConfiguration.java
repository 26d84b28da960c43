package gov.enterprise.resolution.config;

import gov.enterprise.security.SecurityRules;
import gov.enterprise.security.SubjectKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Which kinds of subject may call which ticket endpoints at all. Whether this officer may act on this ticket is the
 * tickets' own rule ({@code TicketAccess}), answered with 404 or 403.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String OFFICER = SubjectKind.OFFICER.role();
    private static final String HEAD = SubjectKind.HEAD.role();
    private static final String LEADER = SubjectKind.LEADER.role();
    private static final String ENTERPRISE = SubjectKind.ENTERPRISE.role();

    @Bean
    SecurityRules ticketRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/tickets/*/extension").hasRole(HEAD)
                .requestMatchers(HttpMethod.POST, "/api/v1/tickets/*/allow-extension").hasRole(LEADER)
                .requestMatchers(HttpMethod.POST, "/api/v1/tickets/*/feedback").hasRole(ENTERPRISE)
                .requestMatchers(HttpMethod.POST, "/api/v1/tickets/**").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/v1/tickets", "/api/v1/tickets/**")
                .hasAnyRole(OFFICER, HEAD, LEADER, ENTERPRISE);
    }
}
