package gov.enterprise.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares, added last so that any configuration overrides them:
 * <ul>
 * <li>tokens must be meant for this API: {@code spring.security.oauth2.resourceserver.jwt.audiences=ticketing-api}
 *     (without an audience Boot would not check {@code aud} at all);</li>
 * <li>the client address of audit records is the one the edge saw: trust {@code X-Forwarded-*} from internal
 *     proxies ({@code server.forward-headers-strategy=native}, Tomcat's default list of private addresses);</li>
 * <li>operations: liveness and readiness probes, the Prometheus endpoint (the one metrics path: OTLP metrics push
 *     is off), JSON log lines (ECS) that carry the trace and span ids, and one trace in ten recorded (spans are
 *     exported only where an OTLP tracing endpoint is configured). Every request and event still carries its trace
 *     id, so logs correlate whether or not the trace was sampled; with every span recorded, observations were
 *     10-15 % of intake's request-path CPU samples under load;</li>
 * <li>no spans for each Spring Security filter, authentication and authorisation: the request's own span covers
 *     them, and the dozen observations per request they added showed up in every request-path profile;</li>
 * <li>virtual threads for request handling: requests mostly wait on the database.</li>
 * </ul>
 */
public final class ServiceDefaults implements EnvironmentPostProcessor {

    static final String AUDIENCE = "ticketing-api";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("ticketingServiceDefaults", Map.ofEntries(
                Map.entry("spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE),
                Map.entry("server.forward-headers-strategy", "native"),
                Map.entry("spring.threads.virtual.enabled", "true"),
                Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
                Map.entry("management.endpoint.health.probes.enabled", "true"),
                Map.entry("management.endpoint.health.show-details", "never"),
                Map.entry("management.tracing.sampling.probability", "0.1"),
                Map.entry("management.observations.enable.spring.security", "false"),
                Map.entry("management.otlp.metrics.export.enabled", "false"),
                Map.entry("logging.structured.format.console", "ecs"))));
    }
}
