package gov.enterprise.messaging.health;

import gov.enterprise.messaging.BrokerAdmin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of the Kafka connection: can the admin client describe the cluster. The answer is cached briefly, so
 * frequent probes cost one cluster call per cache period, and a slow broker cannot pile up probe threads.
 */
public final class BrokerHealthIndicator implements HealthIndicator {

    private final BrokerAdmin admin;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;

    private Health last;
    private Instant checkedAt = Instant.MIN;

    public BrokerHealthIndicator(BrokerAdmin admin, Duration timeout, Duration cacheFor, Clock clock) {
        this.admin = admin;
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(cacheFor))) {
            last = check();
            checkedAt = clock.instant();
        }
        return last;
    }

    private Health check() {
        try {
            BrokerAdmin.ClusterView cluster = admin.describe(timeout);
            return Health.up().withDetail("clusterId", cluster.clusterId()).withDetail("nodes", cluster.nodes())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.toString()).build();
        }
    }
}
