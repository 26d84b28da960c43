package gov.enterprise.simulator.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API behind the edge, as the simulated users call it: JSON over HTTP/1.1 with a bearer token for the
 * calling subject. One {@link HttpTransport} (pooled keep-alive connections) and virtual threads, so thousands of
 * users can wait on answers at once. Only loopback base URLs are accepted ({@link Loopback}).
 */
public final class Api implements AutoCloseable {

    public static final String DEFAULT_BASE = "http://127.0.0.1:8080";

    private final URI base;
    private final HttpTransport http;
    private final ExecutorService executor;
    private final JsonMapper json;
    private final Tokens tokens;

    private Api(URI base, Duration timeout) {
        this.base = base;
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.http = new HttpTransport(base, Duration.ofSeconds(2), timeout);
        this.json = JsonMapper.builder().build();
        this.tokens = new Tokens(base, http, json);
    }

    /** Refuses any base URL whose host is not a loopback address. */
    public static Api connect(String baseUrl) {
        return new Api(Loopback.require(baseUrl), Duration.ofSeconds(30));
    }

    public URI base() {
        return base;
    }

    public HttpTransport http() {
        return http;
    }

    /** Virtual threads, one per task: where the load generator's requests wait for their answers. */
    public ExecutorService executor() {
        return executor;
    }

    public JsonMapper json() {
        return json;
    }

    public Tokens tokens() {
        return tokens;
    }

    public ApiResponse get(String subject, String path) {
        return send("GET", subject, path, null, Map.of());
    }

    public ApiResponse post(String subject, String path, Object body) {
        return send("POST", subject, path, body, Map.of());
    }

    public ApiResponse post(String subject, String path, Object body, Map<String, String> headers) {
        return send("POST", subject, path, body, headers);
    }

    public ApiResponse put(String subject, String path, Object body) {
        return send("PUT", subject, path, body, Map.of());
    }

    /**
     * Sends and waits. A stack that does not answer at all, or an edge that reports the owning service down, is a
     * {@link ServiceUnavailableException}; a lost connection is an {@link UncheckedIOException} the caller may
     * retry (with the same Idempotency-Key, as the app does).
     */
    public ApiResponse send(String method, String subject, String path, Object body, Map<String, String> headers) {
        ApiRequest request = request(method, subject, path, body == null ? null : bytes(body), headers);
        HttpTransport.Answer response;
        try {
            response = http.exchange(request);
        } catch (ConnectException e) {
            throw new ServiceUnavailableException("stack", "nothing answers at " + base
                    + " (is the stack up? ./stack status)");
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e, e);
        }
        var answer = new ApiResponse(method, path, response, json);
        if (answer.status() == 503 && answer.json().has("service")) {
            // the edge names the backend that is down
            String service = answer.json().path("service").asString("?");
            throw new ServiceUnavailableException(service, answer.describe());
        }
        return answer;
    }

    /** A ready request with the subject's token, for callers that send it themselves (the load generator). */
    public ApiRequest request(String method, String subject, String path, byte[] body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Accept", "application/json, application/problem+json");
        if (subject != null) {
            all.put("Authorization", "Bearer " + tokens.forSubject(subject));
        }
        all.putAll(headers);
        return new ApiRequest(method, URI.create(base + path), all, body);
    }

    public byte[] bytes(Object body) {
        return body instanceof byte[] raw ? raw : json.writeValueAsBytes(body);
    }

    /** The service that owns a path (for messages). */
    public static String serviceOf(String path) {
        if (path.startsWith("/api/v1/enterprises") || path.startsWith("/api/v1/cadres")
                || path.startsWith("/api/v1/visits")) {
            return "visit-service";
        }
        if (path.startsWith("/api/v1/tickets")) {
            return "resolution-service";
        }
        if (path.startsWith("/api/v1/oversight")) {
            return "oversight-service";
        }
        if (path.startsWith("/dev/")) {
            return "dev-identity";
        }
        return "intake-service";
    }

    @Override
    public void close() {
        http.close();
        executor.close();
    }
}
