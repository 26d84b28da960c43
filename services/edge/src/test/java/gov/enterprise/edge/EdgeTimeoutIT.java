package gov.enterprise.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A backend silent for longer than the response timeout is a 504, and the next request finds a working connection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ticketing.edge.response-timeout=500ms")
class EdgeTimeoutIT {

    static final StubBackend VISIT = StubBackend.start();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("ticketing.edge.routes.visit.uri", VISIT::url);
    }

    @AfterAll
    static void stop() {
        VISIT.close();
    }

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aSilentBackendIsA504ProblemAndTheEdgeGoesOnServing() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> slow = http.send(request("/api/v1/visits/slow"), HttpResponse.BodyHandlers.ofString());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(slow.statusCode()).isEqualTo(504);
        assertThat(slow.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(slow.body()).contains("visit");
        assertThat(tookMillis).as("answered at the timeout, not when the backend finished").isLessThan(1400);

        for (int i = 0; i < 3; i++) {
            assertThat(http.send(request("/api/v1/visits/v-1"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    }
}
