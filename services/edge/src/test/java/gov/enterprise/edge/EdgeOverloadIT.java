package gov.enterprise.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Beyond its bound of requests in flight the edge sheds load at once instead of queueing until it runs out of heap. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ticketing.edge.max-in-flight=1")
class EdgeOverloadIT {

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
    void aRequestBeyondTheBoundIsAnsweredAtOnceWithA503ToRetry() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(request("/api/v1/visits/slow"),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);

        long started = System.nanoTime();
        HttpResponse<String> shed = http.send(request("/api/v1/visits/v-1"), HttpResponse.BodyHandlers.ofString());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(shed.statusCode()).isEqualTo(503);
        assertThat(shed.headers().firstValue("Retry-After")).contains("1");
        assertThat(shed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(shed.body()).contains("https://ticketing.example/problems/overloaded");
        assertThat(tookMillis).as("shed at once, not queued behind the slow request").isLessThan(1000);

        assertThat(slow.get().statusCode()).isEqualTo(200);
        assertThat(http.send(request("/api/v1/visits/v-1"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("the permit is given back").isEqualTo(200);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    }
}
