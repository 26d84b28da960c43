package gov.enterprise.edge.health;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import tools.jackson.databind.json.JsonMapper;

import gov.enterprise.edge.EdgeProperties;
import gov.enterprise.edge.route.Route;
import gov.enterprise.edge.route.RouteTable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The edge is healthy only when every service behind it is ready: a {@code backends} health contributor with one
 * indicator per routed service, so {@code /actuator/health} names the one that is down.
 */
@Configuration(proxyBeanMethods = false)
class BackendHealthConfiguration {

    /**
     * The probes' client: java.net.http, whose asynchronous exchanges probe every backend at once under one timeout
     * (a few probes a second at most; requests are forwarded by the proxy's own client).
     */
    @Bean(destroyMethod = "close")
    HttpClient probeHttpClient(EdgeProperties properties) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    @Bean
    BackendReadiness backendReadiness(RouteTable routes, HttpClient probeHttpClient, EdgeProperties properties,
                                      JsonMapper jsonMapper) {
        EdgeProperties.Health health = properties.health();
        return new BackendReadiness(routes.routes(), probeHttpClient, health.path(), health.timeout(),
                health.cacheTtl(), jsonMapper, Clock.systemUTC());
    }

    @Bean
    CompositeHealthContributor backendsHealthContributor(RouteTable routes, BackendReadiness readiness) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        for (Route route : routes.routes()) {
            indicators.put(route.service(), () -> {
                BackendReadiness.Readiness answer = readiness.of(route.service());
                return (answer.ready() ? Health.up() : Health.down())
                        .withDetail("url", route.baseUri().toString())
                        .withDetail("readiness", answer.detail())
                        .build();
            });
        }
        return CompositeHealthContributor.fromMap(indicators);
    }
}
