package gov.enterprise.visit;

import gov.enterprise.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The visit service's HTTP API as a client sees it, with tokens for any subject. */
public final class VisitApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String PROBLEMS = "https://ticketing.example/problems/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public VisitApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An answer: status, headers and the JSON body (null when empty). */
    public record Answer(int status, Map<String, List<String>> headers, JsonNode body, String text) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
        }

        public String problemType() {
            return body.get("type").asString();
        }

        /** The fields named in a 400's {@code errors}. */
        public List<String> fields() {
            return body.get("errors").valueStream().map(error -> error.get("field").asString()).toList();
        }

        public String reason(String field) {
            return body.get("errors").valueStream().filter(error -> error.get("field").asString().equals(field))
                    .map(error -> error.get("reason").asString()).findFirst().orElse(null);
        }
    }

    public Answer get(String path, String subject) {
        return send(request(path, subject).GET().build());
    }

    public Answer get(String path, String subject, String header, String value) {
        return send(request(path, subject).header(header, value).GET().build());
    }

    public Answer post(String path, String subject, String json, String... headers) {
        return send(withHeaders(request(path, subject), headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer put(String path, String subject, String json, String... headers) {
        return send(withHeaders(request(path, subject), headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer postBytes(String path, String subject, String contentType, byte[] body, String... headers) {
        return send(withHeaders(request(path, subject), headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A map for JSON bodies that keeps insertion order and allows nulls. */
    public static Map<String, Object> body(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... namesAndValues) {
        return namesAndValues.length == 0 ? builder : builder.headers(namesAndValues);
    }

    private HttpRequest.Builder request(String path, String subject) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (subject != null) {
            builder.header("Authorization", "Bearer " + TestTokens.forSubject(subject));
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? null : JSON.readTree(text);
            return new Answer(response.statusCode(), response.headers().map(), body, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
