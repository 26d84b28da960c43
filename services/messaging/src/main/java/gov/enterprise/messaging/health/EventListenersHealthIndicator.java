package gov.enterprise.messaging.health;

import gov.enterprise.messaging.consumer.EventListenerContainers;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN while any event listener container (or one of its consumer threads) is not running, for instance after a
 * fatal consumer error: a service that no longer consumes must stop taking traffic that expects it to.
 */
public final class EventListenersHealthIndicator implements HealthIndicator {

    private final EventListenerContainers listeners;

    public EventListenersHealthIndicator(EventListenerContainers listeners) {
        this.listeners = listeners;
    }

    @Override
    public Health health() {
        List<String> stopped = listeners.stopped();
        var subscriptions = listeners.subscriptions().keySet().stream().sorted().toList();
        if (stopped.isEmpty()) {
            return Health.up().withDetail("listeners", subscriptions).build();
        }
        return Health.down().withDetail("listeners", subscriptions).withDetail("stopped", stopped).build();
    }
}
