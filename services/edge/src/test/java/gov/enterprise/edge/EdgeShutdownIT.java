package gov.enterprise.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A dashboard's change stream never ends by itself. Stopping the edge ends it at once, instead of the graceful
 * shutdown waiting its whole 30 s for it, and the client sees a clean end of stream, from which it reconnects.
 */
class EdgeShutdownIT {

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anOpenEventStreamEndsWhenTheEdgeStopsInsteadOfHoldingItsShutdown() throws Exception {
        try (StubBackend oversight = StubBackend.start()) {
            ConfigurableApplicationContext edge = new SpringApplicationBuilder(EdgeApplication.class)
                    .run("--server.port=0", "--ticketing.edge.routes.oversight.uri=" + oversight.url());
            int port = ((WebServerApplicationContext) edge).getWebServer().getPort();

            HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/oversight/changes")).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream");
            var lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).as("passed on as the backend sends it").isEqualTo("event: ready");
            assertThat(lines.readLine()).isEqualTo("data: {}");

            long started = System.nanoTime();
            edge.close();
            Duration stopping = Duration.ofNanos(System.nanoTime() - started);

            assertThat(stopping).as("the stream no longer holds the graceful shutdown").isLessThan(
                    Duration.ofSeconds(10));
            // a reset connection would fail the read; a clean end of the chunked body ends it
            CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> lines.lines().toList());
            assertThat(rest).as("the client reads to a clean end of stream").succeedsWithin(Duration.ofSeconds(5))
                    .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                    .allMatch(line -> line.isEmpty() || line.equals(": keep-alive"), "only whole keep-alives");
        }
    }
}
