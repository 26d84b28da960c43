package gov.enterprise.oversight;

import gov.enterprise.testsupport.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/** The service's HTTP API as a client sees it: real requests with signed tokens. */
final class OversightApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    OversightApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Answer(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

        JsonNode json() {
            return bytes.length == 0 ? NullNode.getInstance() : JSON.readTree(bytes);
        }

        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** GET as {@code subject} (null: no token); the body must be 200 JSON. */
    JsonNode json(String path, String subject) {
        Answer answer = get(path, subject);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " as " + subject + ": " + answer);
        }
        return answer.json();
    }

    Answer get(String path, String subject) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), subject);
    }

    Answer post(String path, String subject) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()),
                subject);
    }

    private Answer send(HttpRequest.Builder request, String subject) {
        if (subject != null) {
            request.header("Authorization", "Bearer " + TestTokens.forSubject(subject));
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
