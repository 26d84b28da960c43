package gov.enterprise.messaging;

import java.util.HashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults of every service that uses the library, added as the lowest-precedence property source so a service's
 * own configuration replaces any of them:
 * <ul>
 * <li>readiness means "can do its job": the readiness group includes the database, the broker and the event
 *     listeners ({@code ticketing.messaging.readiness-defaults=false} leaves the group alone, for an application
 *     that has the library but not its beans);</li>
 * <li>consumers continue the trace the producer started: the {@code traceparent} header the relay writes is read by
 *     observed listener containers.</li>
 * </ul>
 */
public final class MessagingDefaults implements EnvironmentPostProcessor {

    public static final String READINESS_INCLUDE = "management.endpoint.health.group.readiness.include";
    public static final String INCLUDED = "readinessState,db,kafka,eventListeners";

    public static final String ENABLED = "ticketing.messaging.readiness-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var defaults = new HashMap<String, Object>();
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        if (environment.getProperty(ENABLED, Boolean.class, true)) {
            defaults.put(READINESS_INCLUDE, INCLUDED);
        }
        environment.getPropertySources().addLast(new MapPropertySource("messagingDefaults", defaults));
    }
}
