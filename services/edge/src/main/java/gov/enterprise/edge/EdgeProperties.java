package gov.enterprise.edge;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ticketing.edge.*}: where each service lives and which paths it owns, plus timeouts.
 *
 * @param routes          service name -> its base URL and path patterns; keyed by name so a profile's file can
 *                        add a service (the {@code local} profile adds {@code identity}) or move one
 * @param connectTimeout  how long to wait for a connection to a backend
 * @param responseTimeout how long a backend may stay silent: before its response headers (then 504), and between
 *                        two reads of its body (a stream must send something more often, as oversight's keep-alives do)
 * @param health          how the edge checks its backends' readiness
 * @param maxInFlight     requests the edge proxies at once; beyond that it answers 503 at once (load shedding), so
 *                        an overload queues nowhere and the edge's memory stays bounded
 */
@ConfigurationProperties("ticketing.edge")
public record EdgeProperties(
        Map<String, Backend> routes,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration responseTimeout,
        @DefaultValue Health health,
        @DefaultValue("512") int maxInFlight) {

    public EdgeProperties {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    /**
     * @param uri   base URL of the service, e.g. {@code http://localhost:8081}; the request path is appended as is
     * @param paths Spring path patterns the service owns, e.g. {@code /api/v1/visits/**}
     */
    public record Backend(URI uri, List<String> paths) {

        public Backend {
            if (uri == null) {
                throw new IllegalArgumentException("a route needs a uri");
            }
            paths = paths == null ? List.of() : List.copyOf(paths);
        }
    }

    /**
     * @param path     the readiness path each backend serves
     * @param timeout  how long one readiness probe may take
     * @param cacheTtl how long a probe result is reused, so health polling doesn't multiply backend traffic
     */
    public record Health(
            @DefaultValue("/actuator/health/readiness") String path,
            @DefaultValue("1s") Duration timeout,
            @DefaultValue("2s") Duration cacheTtl) {
    }
}
