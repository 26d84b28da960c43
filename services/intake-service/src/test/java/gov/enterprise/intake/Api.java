package gov.enterprise.intake;

import gov.enterprise.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the service over HTTP as a given subject, the way a client does. */
public final class Api {

    /** A response: status, headers and the body as JSON (null when empty or not JSON). */
    public record Response(int status, Map<String, List<String>> headers, String text, JsonNode json) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().getFirst()).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String subject) {
        return send(request(path, subject).GET().build());
    }

    public Response post(String path, String subject, Object body) {
        return post(path, subject, body, Map.of());
    }

    public Response post(String path, String subject, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, subject).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Any method with a JSON body and extra headers (e.g. {@code If-Match}). */
    public Response send(String method, String path, String subject, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, subject).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response put(String path, String subject, String contentType, String body) {
        return send(request(path, subject).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public Response putJson(String path, String subject, Object body) {
        return put(path, subject, "application/json", JSON.writeValueAsString(body));
    }

    public Response delete(String path, String subject) {
        return send(request(path, subject).DELETE().build());
    }

    private HttpRequest.Builder request(String path, String subject) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json, application/problem+json");
        if (subject != null) {
            builder.header("Authorization", "Bearer " + TestTokens.forSubject(subject));
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            if (response.body() != null && !response.body().isBlank()) {
                try {
                    json = JSON.readTree(response.body());
                } catch (RuntimeException notJson) {
                    json = null;
                }
            }
            return new Response(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
