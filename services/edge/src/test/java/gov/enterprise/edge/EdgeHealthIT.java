package gov.enterprise.edge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ticketing.edge.health.cache-ttl=0s")
class EdgeHealthIT {

    static final StubBackend VISIT = StubBackend.start();
    static final StubBackend INTAKE = StubBackend.start();
    static final StubBackend RESOLUTION = StubBackend.start();
    static final StubBackend OVERSIGHT = StubBackend.start();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("ticketing.edge.routes.visit.uri", VISIT::url);
        registry.add("ticketing.edge.routes.intake.uri", INTAKE::url);
        registry.add("ticketing.edge.routes.resolution.uri", RESOLUTION::url);
        registry.add("ticketing.edge.routes.oversight.uri", OVERSIGHT::url);
    }

    @AfterAll
    static void stop() {
        VISIT.close();
        INTAKE.close();
        RESOLUTION.close();
        OVERSIGHT.close();
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void allReadyAgain() {
        VISIT.ready(true);
        INTAKE.ready(true);
        RESOLUTION.ready(true);
        OVERSIGHT.ready(true);
    }

    @Test
    void isUpWhenEveryServiceBehindItIsReady() throws Exception {
        HttpResponse<String> health = health();

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.at("/status").asString()).isEqualTo("UP");
        assertThat(body.at("/components/backends/status").asString()).isEqualTo("UP");
        assertThat(body.at("/components/backends/components").propertyNames())
                .containsExactlyInAnyOrder("visit", "intake", "resolution", "oversight");
    }

    @Test
    void isDownAndNamesTheServiceThatIsNotReady() throws Exception {
        RESOLUTION.ready(false);

        HttpResponse<String> health = health();

        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.at("/status").asString()).isEqualTo("DOWN");
        assertThat(body.at("/components/backends/components/resolution/status").asString()).isEqualTo("DOWN");
        assertThat(body.at("/components/backends/components/visit/status").asString()).isEqualTo("UP");
        assertThat(body.at("/components/backends/components/resolution/details").isMissingNode())
                .as("no details (URLs) for anonymous callers").isTrue();
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
