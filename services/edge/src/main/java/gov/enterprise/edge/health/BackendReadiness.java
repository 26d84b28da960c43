package gov.enterprise.edge.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import gov.enterprise.edge.route.Route;

/**
 * Asks every backend for its readiness, all at once and with a short timeout, and reuses the answers for a
 * moment so frequent health polls don't turn into a stream of probes.
 */
public final class BackendReadiness {

    /** One backend's answer. */
    public record Readiness(boolean ready, String detail) {
    }

    private final List<Route> routes;
    private final HttpClient client;
    private final String path;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    private Map<String, Readiness> last = Map.of();
    private Instant lastAt = Instant.MIN;

    public BackendReadiness(List<Route> routes, HttpClient client, String path, Duration timeout, Duration cacheTtl,
                            JsonMapper jsonMapper, Clock clock) {
        this.routes = routes;
        this.client = client;
        this.path = path;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    public Readiness of(String service) {
        return current().getOrDefault(service, new Readiness(false, "not checked"));
    }

    /** The latest answers, probing again if they are older than the cache time. */
    public synchronized Map<String, Readiness> current() {
        Instant now = clock.instant();
        if (now.isBefore(lastAt.plus(cacheTtl))) {
            return last;
        }
        Map<String, CompletableFuture<Readiness>> probes = new LinkedHashMap<>();
        for (Route route : routes) {
            probes.put(route.service(), probe(route));
        }
        Map<String, Readiness> answers = new LinkedHashMap<>();
        probes.forEach((service, probe) -> answers.put(service, probe.join()));
        last = Map.copyOf(answers);
        lastAt = clock.instant();
        return last;
    }

    private CompletableFuture<Readiness> probe(Route route) {
        URI uri = route.target(path, null);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .orTimeout(timeout.toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS)
                .thenApply(this::readiness)
                .exceptionally(failure -> new Readiness(false, describe(failure)));
    }

    private Readiness readiness(HttpResponse<String> response) {
        String status = statusOf(response.body());
        boolean ready = response.statusCode() == 200 && "UP".equals(status);
        return new Readiness(ready, "readiness " + (status == null ? "unknown" : status) + " (HTTP "
                + response.statusCode() + ")");
    }

    private String statusOf(String body) {
        try {
            JsonNode status = jsonMapper.readTree(body).get("status");
            return status == null ? null : status.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof java.net.ConnectException) {
            return "not reachable";
        }
        return "probe failed: " + cause.getClass().getSimpleName();
    }
}
