package gov.enterprise.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares, added last so any configuration overrides them:
 * <ul>
 * <li>tokens must be meant for this API: {@code spring.security.oauth2.resourceserver.jwt.audiences=ticketing-api}
 *     (without an audience Boot would not check {@code aud} at all);</li>
 * <li>the client address of audit records is the one the edge saw: trust {@code X-Forwarded-*} from internal
 *     proxies ({@code server.forward-headers-strategy=native}, Tomcat's default list of private addresses).</li>
 * </ul>
 */
public final class SecurityDefaults implements EnvironmentPostProcessor {

    static final String AUDIENCE = "ticketing-api";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("ticketingSecurityDefaults", Map.of(
                "spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE,
                "server.forward-headers-strategy", "native")));
    }
}
