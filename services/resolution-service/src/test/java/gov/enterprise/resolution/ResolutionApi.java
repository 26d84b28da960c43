package gov.enterprise.resolution;

import gov.enterprise.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/** The service's HTTP API as a client sees it: real requests with signed tokens, answers as JSON. */
public final class ResolutionApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ResolutionApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** An HTTP answer: status, headers, body (JSON, or null node). */
    public record Answer(int status, java.net.http.HttpHeaders headers, JsonNode body) {

        public String etag() {
            return headers.firstValue("ETag").orElse(null);
        }

        public long version() {
            return body.path("version").asLong();
        }

        public String text(String field) {
            return body.path(field).asString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Answer get(String path, String subject) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), subject);
    }

    public Answer ticket(String issueId, String subject) {
        return get("/api/v1/tickets/" + issueId, subject);
    }

    /** An action with the version the caller read ({@code If-Match: "version"}). */
    public Answer act(String issueId, String action, String subject, long version, Map<String, ?> body) {
        return post("/api/v1/tickets/" + issueId + "/" + action, subject, "\"" + version + "\"", body);
    }

    /** An action on the ticket as it is now: reads its version first, as a client would. */
    public Answer actNow(String issueId, String action, String subject, Map<String, ?> body) {
        Answer current = ticket(issueId, subject);
        if (current.status() != 200) {
            throw new AssertionError("cannot read ticket " + issueId + " as " + subject + ": " + current);
        }
        return act(issueId, action, subject, current.version(), body);
    }

    public Answer post(String path, String subject, String ifMatch, Object body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String text ? text
                        : JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request, subject);
    }

    private Answer send(HttpRequest.Builder request, String subject) {
        if (subject != null) {
            request.header("Authorization", "Bearer " + TestTokens.forSubject(subject));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? NullNode.getInstance()
                    : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
