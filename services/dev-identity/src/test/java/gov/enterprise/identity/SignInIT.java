package gov.enterprise.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The authorization code flow with PKCE, as the dashboard goes through it: the sign-in page, the redirect back with
 * a code, the code exchanged once for a token of the chosen subject, and every way the flow refuses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class SignInIT {

    static final String DASHBOARD = "http://localhost:8080/";
    static final String VERIFIER = "dBjftJeZ4CVP-mJ92K1xlFGUbcgvA3e87bgyOgqrDDk";   // RFC 7636 appendix B

    @DynamicPropertySource
    static void keyFile(DynamicPropertyRegistry registry) throws Exception {
        TokenEndpointIT.keyFile(registry);
    }

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();   // follows no redirects: each step is looked at

    @Test
    void aCodeForTheChosenSubjectIsExchangedOnceForItsToken() throws Exception {
        HttpResponse<String> page = send("GET", "/dev/authorize?" + form(request(DASHBOARD, challenge(VERIFIER))),
                null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/dev/authorize\">")
                .contains("name=\"code_challenge\" value=\"" + challenge(VERIFIER) + "\"")
                .contains("name=\"state\" value=\"s&amp;1\"");

        String code = signIn("leader:331000", challenge(VERIFIER));
        HttpResponse<String> token = exchange(code, VERIFIER);
        HttpResponse<String> again = exchange(code, VERIFIER);

        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(token.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = TokenEndpointIT.JSON.readTree(token.body());
        Jwt jwt = TokenEndpointIT.decoder("http://localhost:" + port + "/.well-known/jwks.json")
                .decode(body.get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("leader:331000");
        assertThat(again.statusCode()).as("a code is spent once").isEqualTo(400);
        assertThat(TokenEndpointIT.JSON.readTree(again.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aCodeIsOnlyForWhoeverHoldsTheVerifier() throws Exception {
        String code = signIn("admin", challenge(VERIFIER));

        HttpResponse<String> stolen = exchange(code, VERIFIER.replace('d', 'e'));
        HttpResponse<String> afterwards = exchange(code, VERIFIER);

        assertThat(stolen.statusCode()).isEqualTo(400);
        assertThat(TokenEndpointIT.JSON.readTree(stolen.body()).get("error").asString()).isEqualTo("invalid_grant");
        assertThat(afterwards.statusCode()).as("a wrong verifier spends the code").isEqualTo(400);
    }

    @Test
    void anUnregisteredRedirectIsRefusedOnThePageAndNeverFollowed() throws Exception {
        HttpResponse<String> page = send("GET", "/dev/authorize?"
                + form(request("https://elsewhere.example/", challenge(VERIFIER))), null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Location")).isEmpty();
        assertThat(page.body()).contains("is not registered here");
    }

    @Test
    void withoutPkceTheBrowserIsSentBackWithAnError() throws Exception {
        Map<String, String> request = request(DASHBOARD, challenge(VERIFIER));
        request.remove("code_challenge");

        HttpResponse<String> answer = send("GET", "/dev/authorize?" + form(request), null);

        assertThat(answer.statusCode()).isEqualTo(303);
        var back = UriComponentsBuilder.fromUri(URI.create(answer.headers().firstValue("Location").orElseThrow()))
                .build();
        assertThat(back.getQueryParams().getFirst("error")).isEqualTo("invalid_request");
        assertThat(back.getQueryParams().getFirst("state")).isEqualTo("s%261");
    }

    @Test
    void aSubjectOutsideTheGrammarIsRefusedOnThePage() throws Exception {
        Map<String, String> request = request(DASHBOARD, challenge(VERIFIER));
        request.put("subject", "boss:1");

        HttpResponse<String> answer = send("POST", "/dev/authorize", form(request));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).contains("role=\"alert\"").contains("value=\"boss:1\"");
    }

    @Test
    void theRegisteredApplicationsMayReadDiscoveryAndExchangeFromTheirOwnOrigin() throws Exception {
        HttpResponse<String> fromDashboard = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/dev/.well-known/openid-configuration")).header("Origin", "http://127.0.0.1:8080").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> fromElsewhere = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/dev/token")).header("Origin", "https://elsewhere.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(fromDashboard.headers().firstValue("Access-Control-Allow-Origin")).contains("http://127.0.0.1:8080");
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void discoveryNamesTheAuthorizationEndpointAndPkce() throws Exception {
        JsonNode document = TokenEndpointIT.JSON.readTree(send("GET", "/dev/.well-known/openid-configuration", null)
                .body());

        assertThat(document.get("authorization_endpoint").asString()).isEqualTo("http://localhost:8080/dev/authorize");
        assertThat(document.get("code_challenge_methods_supported").get(0).asString()).isEqualTo("S256");
    }

    private String signIn(String subject, String challenge) throws Exception {
        Map<String, String> request = request(DASHBOARD, challenge);
        request.put("subject", subject);
        HttpResponse<String> answer = send("POST", "/dev/authorize", form(request), "text/html,application/xhtml+xml");
        assertThat(answer.statusCode()).as("the page's form, as a browser that asks for HTML only sends it")
                .isEqualTo(303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(DASHBOARD + "?");
        var back = UriComponentsBuilder.fromUri(URI.create(location)).build();
        assertThat(back.getQueryParams().getFirst("state")).isEqualTo("s%261");
        return back.getQueryParams().getFirst("code");
    }

    private HttpResponse<String> exchange(String code, String verifier) throws Exception {
        var body = new LinkedHashMap<String, String>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", DASHBOARD);
        body.put("client_id", "oversight-dashboard");
        body.put("code_verifier", verifier);
        return send("POST", "/dev/token", form(body));
    }

    private static Map<String, String> request(String redirectUri, String challenge) {
        var request = new LinkedHashMap<String, String>();
        request.put("response_type", "code");
        request.put("client_id", "oversight-dashboard");
        request.put("redirect_uri", redirectUri);
        request.put("state", "s&1");
        request.put("code_challenge", challenge);
        request.put("code_challenge_method", "S256");
        request.put("scope", "openid");
        return request;
    }

    static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(String method, String path, String form) throws Exception {
        return send(method, path, form, "*/*");
    }

    private HttpResponse<String> send(String method, String path, String form, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (form == null) {
            request.GET();
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(form))
                    .header("Content-Type", "application/x-www-form-urlencoded");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
