package gov.enterprise.edge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** In the local stack the development identity provider is reachable through the edge. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class LocalProfileEdgeIT {

    static final StubBackend IDENTITY = StubBackend.start();
    static final StubBackend VISIT = StubBackend.start();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("ticketing.edge.routes.identity.uri", IDENTITY::url);
        registry.add("ticketing.edge.routes.visit.uri", VISIT::url);
    }

    @AfterAll
    static void stop() {
        IDENTITY.close();
        VISIT.close();
    }

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void proxiesTheDevelopmentTokenEndpoint() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(edge("/dev/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"officer:NRP\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(IDENTITY.last().uri()).isEqualTo("/dev/token");
        assertThat(response.body()).isEqualTo("{\"subject\":\"officer:NRP\"}");
    }

    @Test
    void proxiesTheKeySet() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(edge("/.well-known/jwks.json")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(IDENTITY.last().uri()).isEqualTo("/.well-known/jwks.json");
    }

    @Test
    void theApisResourceMetadataIsTheServicesNotTheIdentityProviders() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(edge("/.well-known/oauth-protected-resource")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(VISIT.last().uri()).isEqualTo("/.well-known/oauth-protected-resource");
    }

    private URI edge(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
