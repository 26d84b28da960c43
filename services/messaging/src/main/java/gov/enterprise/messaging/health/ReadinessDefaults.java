package gov.enterprise.messaging.health;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes readiness mean "can do its job": the readiness group includes the database, the broker and the event
 * listeners. Added as the lowest-precedence property source, so a service's own
 * {@code management.endpoint.health.group.readiness.include} replaces it.
 */
public final class ReadinessDefaults implements EnvironmentPostProcessor {

    public static final String READINESS_INCLUDE = "management.endpoint.health.group.readiness.include";
    public static final String INCLUDED = "readinessState,db,kafka,eventListeners";

    /** Set to false in an application that has the library but not its beans (no DataSource, say). */
    public static final String ENABLED = "ticketing.messaging.readiness-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource("messagingReadinessDefaults",
                Map.of(READINESS_INCLUDE, INCLUDED)));
    }
}
