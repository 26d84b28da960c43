package gov.enterprise.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The oversight API of the running stack, read through the edge with a token the development identity provider
 * issues for the same subject the page signs in as: the answers the page must show.
 */
final class OversightApi {

    /** What the page asks for with its default filters (all periods, all regions, by department, top 20 overdue). */
    record Answers(JsonNode summary, JsonNode breakdown, JsonNode ranking, JsonNode overdue) {
    }

    private final URI base;
    private final String subject;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;

    OversightApi(URI base, String subject) {
        this.base = base;
        this.subject = subject;
    }

    Answers read() {
        return new Answers(get("/summary"), get("/breakdown?by=department"), get("/ranking?by=handledRate"),
                get("/overdue?limit=20"));
    }

    JsonNode summary() {
        return get("/summary");
    }

    private JsonNode get(String path) {
        var request = HttpRequest.newBuilder(base.resolve("/api/v1/oversight" + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token()).GET().build();
        HttpResponse<byte[]> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body()));
        }
        return json.readTree(response.body());
    }

    private String token() {
        if (token == null) {
            var request = HttpRequest.newBuilder(base.resolve("/dev/token")).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("subject", subject))))
                    .build();
            HttpResponse<byte[]> response = send(request);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /dev/token for " + subject + " answered "
                        + response.statusCode() + " (is the local stack up? ./stack status)");
            }
            token = json.readTree(response.body()).path("access_token").asString();
        }
        return token;
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.uri()
                    + " (is the local stack up? ./stack status)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
