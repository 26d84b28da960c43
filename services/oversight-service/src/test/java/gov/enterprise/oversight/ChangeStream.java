package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.testsupport.TestTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The dashboard's change stream ({@code GET /api/v1/oversight/changes}), opened as the city leader. */
final class ChangeStream {

    private ChangeStream() {
    }

    /**
     * Opens the stream, checks it starts with {@code ready}, runs {@code change} (which must change the figures) and
     * tells whether the stream announced a change within {@code within}.
     */
    static boolean announcesAChange(int port, Runnable change, Duration within) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/oversight/changes"))
                .header("Authorization", "Bearer " + TestTokens.forSubject("leader:331000"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("event:ready");
            CompletableFuture<Boolean> changed = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.equals("event:changed")) {
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    return false;
                }
            });
            change.run();
            return changed.get(within.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
