package gov.enterprise.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class TokenEndpointIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void keyFile(DynamicPropertyRegistry registry) throws Exception {
        Path directory = Files.createTempDirectory("dev-identity");
        registry.add("ticketing.identity.key-file", () -> directory.resolve("signing-key.json").toString());
    }

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void issuesATokenThatVerifiesWithThePublishedKeys() throws Exception {
        HttpResponse<String> response = requestToken("{\"subject\": \"officer:NRP\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(Duration.ofHours(12).toSeconds());

        Jwt jwt = decoder("http://localhost:" + port + "/.well-known/jwks.json")
                .decode(body.get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("officer:NRP");
        assertThat(jwt.getIssuer().toString()).isEqualTo("http://localhost:8080/dev");
        assertThat(jwt.getAudience()).containsExactly("ticketing-api");
        assertThat(jwt.getClaimAsString("scope")).isEqualTo("ticketing");
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
        assertThat(jwt.getExpiresAt()).isBetween(Instant.now().plus(Duration.ofHours(11)),
                Instant.now().plus(Duration.ofHours(13)));
    }

    @Test
    void publishesAMinimalDiscoveryDocumentForTheIssuer() throws Exception {
        for (String path : List.of("/.well-known/openid-configuration", "/dev/.well-known/openid-configuration")) {
            JsonNode document = JSON.readTree(get(path).body());
            assertThat(document.get("issuer").asString()).isEqualTo("http://localhost:8080/dev");
            assertThat(document.get("jwks_uri").asString()).isEqualTo("http://localhost:8080/dev/.well-known/jwks.json");
            assertThat(document.get("token_endpoint").asString()).isEqualTo("http://localhost:8080/dev/token");
        }
        JsonNode keys = JSON.readTree(get("/dev/.well-known/jwks.json").body());
        assertThat(keys.at("/keys/0/kty").asString()).isEqualTo("RSA");
        assertThat(keys.at("/keys/0/d").isMissingNode()).as("no private part").isTrue();
    }

    @Test
    void refusesASubjectOutsideTheGrammarWithAProblem() throws Exception {
        for (String subject : List.of("officer", "officer:nrp", "boss:1", "enterprise:91350100M000100Y44", "admin:x",
                "")) {
            HttpResponse<String> response = requestToken("{\"subject\": \"" + subject + "\"}");

            assertThat(response.statusCode()).as(subject).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString()).isEqualTo("https://ticketing.example/problems/invalid-request");
            assertThat(problem.at("/errors/0/field").asString()).isEqualTo("subject");
            assertThat(problem.at("/errors/0/reason").asString()).isNotBlank();
        }
    }

    @Test
    void refusesMalformedJson() throws Exception {
        HttpResponse<String> response = requestToken("{\"subject\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("https://ticketing.example/problems/malformed-request");
    }

    @Test
    void servesNothingElse() throws Exception {
        HttpResponse<String> response = get("/api/v1/tickets");

        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    static NimbusJwtDecoder decoder(String jwksUri) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer("http://localhost:8080/dev"),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains("ticketing-api"))));
        return decoder;
    }

    private HttpResponse<String> requestToken(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/token"))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
