package gov.enterprise.security;

import gov.enterprise.security.sample.SampleController;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import gov.enterprise.security.audit.AuditEntry;
import gov.enterprise.testsupport.TestTokens;
import gov.enterprise.security.sample.SampleApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceServerIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PROBLEMS = "https://ticketing.example/problems/";
    static final String VALID_VISIT = """
            {"uscc": "91350100M000100Y43", "summary": "Land quota", "mode": "ON_SITE",
             "visitedAt": "2026-09-24T10:00:00Z", "issues": [{"title": "Needs 20 mu"}]}""";

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.jwkSetUri().toString());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestTokens::issuer);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    SampleApplication.RecordedAuditTrail audit;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forgetAudit() {
        audit.entries().clear();
    }

    @Test
    void aValidTokenGetsThroughAndTheControllerGetsItsSubject() throws Exception {
        HttpResponse<String> response = get("/api/v1/samples/me", TestTokens.forSubject("officer:NRP"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("subject").asString()).isEqualTo("officer:NRP");
        assertThat(json(response).get("kind").asString()).isEqualTo("OFFICER");
    }

    @Test
    void noTokenIs401ProblemWithAChallenge() throws Exception {
        HttpResponse<String> response = get("/api/v1/samples/me", null);

        assertUnauthorized(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void theChallengeNamesTheResourceMetadataWhichTellsWhoIssuesTokens() throws Exception {
        HttpResponse<String> refused = get("/api/v1/samples/me", null);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer resource_metadata=\"http://localhost:" + port + "/.well-known/oauth-protected-resource\"");

        HttpResponse<String> metadata = get("/.well-known/oauth-protected-resource", null);
        assertThat(metadata.statusCode()).isEqualTo(200);
        JsonNode resource = json(metadata);
        assertThat(resource.get("resource").asString()).isEqualTo("http://localhost:" + port);
        assertThat(resource.get("authorization_servers").get(0).asString()).isEqualTo(TestTokens.issuer());
        assertThat(resource.get("bearer_methods_supported").toString()).isEqualTo("[\"header\"]");
        assertThat(resource.get("tls_client_certificate_bound_access_tokens").asBoolean()).isFalse();
    }

    @Test
    void behindTheEdgeTheChallengeAndTheMetadataNameTheEdgesAddress() throws Exception {
        HttpRequest.Builder viaEdge = request("/api/v1/samples/me", null)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.ticketing.example")
                .header("X-Forwarded-Port", "8443");
        HttpResponse<String> refused = http.send(viaEdge.GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer resource_metadata=\"https://api.ticketing.example:8443/.well-known/oauth-protected-resource\"");
    }

    @Test
    void aHeadPassesExactlyTheRulesOfItsGet() throws Exception {
        assertThat(head("/open/page", null).statusCode()).as("open to GET, so open to HEAD").isEqualTo(200);
        assertThat(head("/api/v1/samples/ledger", TestTokens.forSubject("officer:NRP")).statusCode())
                .as("a GET rule's role is needed by its HEAD too").isEqualTo(403);
        HttpResponse<String> admin = head("/api/v1/samples/ledger", TestTokens.forSubject("admin"));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).isEmpty();
        assertThat(head("/api/v1/samples/ledger", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIs401() throws Exception {
        HttpResponse<String> response = get("/api/v1/samples/me", TestTokens.fromOtherIssuer("officer:NRP"));

        assertUnauthorized(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        HttpResponse<String> response = get("/api/v1/samples/me", TestTokens.expired("officer:NRP"));

        assertUnauthorized(response);
        assertThat(json(response).get("detail").asString()).containsIgnoringCase("expired");
    }

    @Test
    void aTokenForAnotherAudienceIs401() throws Exception {
        assertUnauthorized(get("/api/v1/samples/me", TestTokens.withAudience("officer:NRP", "another-api")));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        assertUnauthorized(get("/api/v1/samples/me", TestTokens.signedByUnknownKey("officer:NRP")));
    }

    @Test
    void aTokenWhoseSubjectIsNotOfTheGrammarIs401() throws Exception {
        HttpResponse<String> response = get("/api/v1/samples/me", TestTokens.forSubject("boss:1"));

        assertUnauthorized(response);
        assertThat(json(response).get("detail").asString()).contains("subject");
    }

    @Test
    void aRoleRuleRefusesOtherRolesWith403Problem() throws Exception {
        HttpResponse<String> refused = post("/api/v1/samples/reference-data", TestTokens.forSubject("officer:NRP"), "");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertProblem(refused, "forbidden");
        assertThat(json(refused).get("detail").asString()).contains("officer:NRP");

        assertThat(post("/api/v1/samples/reference-data", TestTokens.forSubject("admin"), "").statusCode())
                .isEqualTo(200);
    }

    @Test
    void validationErrorsAre400NamingEachFieldAtFault() throws Exception {
        String body = """
                {"uscc": "short", "summary": " ", "issues": [{"title": "ok"}, {"title": ""}]}""";

        HttpResponse<String> response = post("/api/v1/samples/visits", TestTokens.forSubject("cadre:c-17"), body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = assertProblem(response, "invalid-request");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/samples/visits");
        assertThat(problem.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("uscc", "summary", "issues[1].title");
        assertThat(problem.get("errors").valueStream()
                .filter(error -> error.get("field").asString().equals("uscc"))
                .map(error -> error.get("reason").asString()))
                .containsExactly("must be an 18-character USCC");
        assertThat(problem.get("errors").valueStream()
                .filter(error -> !error.get("field").asString().equals("uscc"))
                .map(error -> error.get("reason").asString()))
                .as("a missing value is worded as every service words it").containsOnly("is required");
    }

    @Test
    void parameterValidationErrorsAre400Too() throws Exception {
        HttpResponse<String> response = get("/api/v1/samples?limit=500", TestTokens.forSubject("officer:NRP"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(assertProblem(response, "invalid-request").at("/errors/0/field").asString()).isEqualTo("limit");

        HttpResponse<String> notANumber = get("/api/v1/samples?limit=ten", TestTokens.forSubject("officer:NRP"));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(assertProblem(notANumber, "invalid-request").at("/errors/0/field").asString()).isEqualTo("limit");
        assertThat(json(notANumber).at("/errors/0/reason").asString()).as("in the client's terms, not Java's")
                .isEqualTo("'ten' is not valid: must be a whole number, written without a fraction (3, not 3.0)");
        HttpResponse<String> tooLarge = get("/api/v1/samples?limit=99999999999", TestTokens.forSubject("officer:NRP"));
        assertThat(json(tooLarge).at("/errors/0/reason").asString()).as("a number too large says how large it may be")
                .isEqualTo("'99999999999' is not valid: must be a whole number from -2147483648 to 2147483647");

        HttpResponse<String> notADate = get("/api/v1/samples/period?from=yesterday",
                TestTokens.forSubject("officer:NRP"));
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(json(notADate).at("/errors/0/field").asString()).isEqualTo("from");
        assertThat(json(notADate).at("/errors/0/reason").asString())
                .isEqualTo("'yesterday' is not valid: must be a date (YYYY-MM-DD)");
    }

    @Test
    void malformedJsonIs400SayingWhere() throws Exception {
        HttpResponse<String> response = post("/api/v1/samples/visits", TestTokens.forSubject("cadre:c-17"),
                "{\"uscc\": \"91350100M000100Y43\",\n \"summary\": }");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(assertProblem(response, "malformed-request").get("detail").asString()).contains("line 2");
    }

    @Test
    void aValueOfTheWrongShapeIs400NamingTheField() throws Exception {
        String body = VALID_VISIT.replace("\"ON_SITE\"", "\"BY_CARRIER_PIGEON\"");

        HttpResponse<String> response = post("/api/v1/samples/visits", TestTokens.forSubject("cadre:c-17"), body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = assertProblem(response, "invalid-request");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("mode");
        assertThat(problem.at("/errors/0/reason").asString()).isEqualTo("must be one of ON_SITE, PHONE, MEETING");
    }

    @Test
    void aNumberIsNotAnEnumAStringAYesOrACount() throws Exception {
        String token = TestTokens.forSubject("cadre:c-17");
        // what the body says instead of the valid visit's text -> the field named
        var cases = List.of(
                List.of("\"mode\": \"ON_SITE\"", "\"mode\": 1", "mode"),
                List.of("\"summary\": \"Land quota\"", "\"summary\": 12345", "summary"),
                List.of("\"issues\"", "\"followUp\": 0, \"issues\"", "followUp"),
                List.of("\"issues\"", "\"minutes\": 2.9, \"issues\"", "minutes"),
                List.of("\"issues\"", "\"minutes\": \"3\", \"issues\"", "minutes"));
        for (List<String> wrong : cases) {
            String body = VALID_VISIT.replace(wrong.get(0), wrong.get(1));
            HttpResponse<String> response = post("/api/v1/samples/visits", token, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(assertProblem(response, "invalid-request").at("/errors/0/field").asString()).as(body)
                    .isEqualTo(wrong.get(2));
        }
        String typed = VALID_VISIT.replace("\"issues\"", "\"minutes\": 30, \"followUp\": true, \"issues\"");
        assertThat(post("/api/v1/samples/visits", token, typed).statusCode()).isEqualTo(201);
    }

    @Test
    void aNumberTooLargeADateTimeForADateAndAFieldNamedTwiceAreRefused() throws Exception {
        String token = TestTokens.forSubject("cadre:c-17");

        HttpResponse<String> tooLarge = post("/api/v1/samples/visits", token,
                VALID_VISIT.replace("\"issues\"", "\"minutes\": 99999999999, \"issues\""));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        JsonNode problem = assertProblem(tooLarge, "invalid-request");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("minutes");
        assertThat(problem.at("/errors/0/reason").asString())
                .isEqualTo("must be a whole number from -2147483648 to 2147483647");

        // read leniently, the instant would give the day in UTC: 1 March, when in Beijing it is the 2nd
        HttpResponse<String> dateTime = post("/api/v1/samples/visits", token,
                VALID_VISIT.replace("\"issues\"", "\"followUpOn\": \"2027-03-01T23:30:00Z\", \"issues\""));
        assertThat(dateTime.statusCode()).isEqualTo(400);
        problem = assertProblem(dateTime, "invalid-request");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("followUpOn");
        assertThat(problem.at("/errors/0/reason").asString()).isEqualTo("must be a date (YYYY-MM-DD)");

        HttpResponse<String> twice = post("/api/v1/samples/visits", token,
                VALID_VISIT.replace("{\"uscc\": \"91350100M000100Y43\",",
                        "{\"uscc\": \"91350100M000100Y43\", \"uscc\": \"91350100M000200Y43\","));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(assertProblem(twice, "malformed-request").get("detail").asString()).contains("\"uscc\"");

        HttpResponse<String> date = post("/api/v1/samples/visits", token,
                VALID_VISIT.replace("\"issues\"", "\"followUpOn\": \"2027-03-01\", \"issues\""));
        assertThat(date.statusCode()).isEqualTo(201);
    }

    @Test
    void aWriteThatAcceptsNoJsonIs406BeforeItRuns() throws Exception {
        String token = TestTokens.forSubject("admin");
        int before = SampleController.WRITES.get();
        for (String accept : List.of("text/csv", "application/xml", "text/plain, text/html")) {
            HttpResponse<String> refused = http.send(request("/api/v1/samples/reference-data", token)
                    .POST(HttpRequest.BodyPublishers.noBody()).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(accept).isEqualTo(406);
            assertProblem(refused, "not-acceptable");
        }
        assertThat(SampleController.WRITES.get()).as("no refused write ran").isEqualTo(before);
        for (String accept : List.of("application/json", "*/*", "text/csv, application/*;q=0.5")) {
            HttpResponse<String> accepted = http.send(request("/api/v1/samples/reference-data", token)
                    .POST(HttpRequest.BodyPublishers.noBody()).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(accept).isEqualTo(200);
        }
        assertThat(SampleController.WRITES.get()).isEqualTo(before + 3);
    }

    @Test
    void aQueryStringThatIsNotTextIs400BeforeAnythingReadsIt() throws Exception {
        String token = TestTokens.forSubject("officer:NRP");

        HttpResponse<String> nul = get("/api/v1/samples?department=a%00b", token);
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(assertProblem(nul, "invalid-request").at("/errors/0/field").asString()).isEqualTo("department");

        HttpResponse<String> notUtf8 = get("/api/v1/samples?department=%C3%28", token);
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(assertProblem(notUtf8, "invalid-request").at("/errors/0/reason").asString())
                .isEqualTo("is not name=value pairs of percent-encoded UTF-8 text");
        assertThat(get("/api/v1/samples?department=a%09b", token).statusCode()).as("a tab is typed text").isEqualTo(200);

        assertThat(get("/api/v1/samples?department=%E5%9B%BD%E5%9C%9F", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aValidBodyIsAccepted() throws Exception {
        HttpResponse<String> response = post("/api/v1/samples/visits", TestTokens.forSubject("cadre:c-17"), VALID_VISIT);

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void httpLevelMistakesAreProblemsToo() throws Exception {
        String token = TestTokens.forSubject("officer:NRP");

        HttpResponse<String> wrongType = http.send(request("/api/v1/samples/visits", token)
                .POST(HttpRequest.BodyPublishers.ofString("uscc=1")).header("Content-Type", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertProblem(wrongType, "unsupported-media-type");

        HttpResponse<String> wrongMethod = http.send(request("/api/v1/samples/me", token)
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertProblem(wrongMethod, "method-not-allowed");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("GET"));

        HttpResponse<String> unknown = get("/api/v1/nothing-here", token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown, "not-found");
    }

    @Test
    void whatTheFirewallRefusesIsAProblemNamingTheRule() throws Exception {
        String token = TestTokens.forSubject("officer:NRP");
        String[][] refusals = {
            {"/api/v1/samples/me;jsessionid=1", "must not have ';'"},
            {"/api/v1/samples/me%3Bx", "must not have ';'"},
            {"/api/v1/samples/a%25b", "encoded '%' (%25)"},
            {"/api/v1/samples/a%2eb", "encoded '.' (%2E)"},
            {"/api/v1/samples//me", "empty segments"},
        };
        for (String[] refusal : refusals) {
            HttpResponse<String> refused = get(refusal[0], token);
            assertThat(refused.statusCode()).as(refusal[0]).isEqualTo(400);
            assertThat(assertProblem(refused, "malformed-request").get("detail").asString()).as(refusal[0])
                    .contains(refusal[1]);
        }
    }

    @Test
    void servicesRefuseWithProblemHelpers() throws Exception {
        String token = TestTokens.forSubject("officer:NRP");

        HttpResponse<String> conflict = post("/api/v1/samples/i-1/conflict", token, "");
        assertThat(conflict.statusCode()).isEqualTo(409);
        JsonNode problem = assertProblem(conflict, "ticket-state");
        assertThat(problem.get("state").asString()).isEqualTo("CLOSED");
        assertThat(problem.get("allowedActions").isArray()).isTrue();

        HttpResponse<String> stale = post("/api/v1/samples/i-1/stale", token, "");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertProblem(stale, "precondition-failed");
        assertThat(stale.headers().firstValue("ETag")).contains("\"8\"");

        HttpResponse<String> changedMeanwhile = post("/api/v1/samples/i-1/changed-meanwhile", token, "");
        assertThat(changedMeanwhile.statusCode()).as("a domain's stale version, answered alike everywhere")
                .isEqualTo(412);
        JsonNode staleProblem = assertProblem(changedMeanwhile, "precondition-failed");
        assertThat(staleProblem.get("currentVersion").asLong()).isEqualTo(8);
        assertThat(staleProblem.get("detail").asString()).isEqualTo("Ticket i-1 is at version 8; If-Match asked for 7");
        assertThat(changedMeanwhile.headers().firstValue("ETag")).contains("\"8\"");

        HttpResponse<String> unconditional = post("/api/v1/samples/i-1/unconditional", token, "");
        assertThat(unconditional.statusCode()).isEqualTo(428);
        assertProblem(unconditional, "precondition-required");

        HttpResponse<String> reused = post("/api/v1/samples/i-1/reused-key", token, "");
        assertThat(reused.statusCode()).isEqualTo(422);
        assertProblem(reused, "unprocessable");

        HttpResponse<String> elsewhere = post("/api/v1/samples/i-1/elsewhere", token, "");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertProblem(elsewhere, "forbidden");
    }

    @Test
    void anUnexpectedErrorIs500WithoutInternals() throws Exception {
        HttpResponse<String> response = post("/api/v1/samples/i-1/crash", TestTokens.forSubject("officer:NRP"), "");

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode problem = assertProblem(response, "internal-error");
        assertThat(problem.get("errorId").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("jdbc").doesNotContain("Exception").doesNotContain("secret");
    }

    @Test
    void aDatabaseThatWentAwayIs503SoTheClientRetries() throws Exception {
        HttpResponse<String> response = post("/api/v1/samples/i-1/database-restarting",
                TestTokens.forSubject("officer:NRP"), "");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        JsonNode problem = assertProblem(response, "service-unavailable");
        assertThat(problem.get("detail").asString()).contains("retry shortly");
        assertThat(response.body()).doesNotContain("administrator").doesNotContain("Exception");

        HttpResponse<String> inAFilter = post("/api/v1/samples/filtered", TestTokens.forSubject("officer:NRP"), "");
        assertThat(inAFilter.statusCode()).as("a filter's transaction, answered by the error page").isEqualTo(503);
        assertThat(inAFilter.headers().firstValue("Retry-After")).hasValue("5");
        assertProblem(inAFilter, "service-unavailable");
    }

    @Test
    void healthAndInfoAreOpenButShowNoDetails() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).has("components")).isFalse();
        assertThat(json(health).has("details")).isFalse();

        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(200);
    }

    @Test
    void apiDocsAreOpenAndDoNotMistakeTheCallerForInput() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode me = json(docs).at("/paths/~1api~1v1~1samples~1me/get");
        assertThat(me.isMissingNode()).isFalse();
        assertThat(me.has("parameters")).as("a Subject parameter is not request input").isFalse();
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    @Test
    void everythingOutsideTheApiIsDenied() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/env", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous, "unauthorized");

        HttpResponse<String> authenticated = get("/somewhere", TestTokens.forSubject("admin"));
        assertThat(authenticated.statusCode()).isEqualTo(403);
        assertProblem(authenticated, "forbidden");
    }

    @Test
    void aSubjectParameterOnAnOpenEndpointWithoutATokenIs401() throws Exception {
        assertUnauthorized(get("/public/whoami", null));
        assertThat(get("/public/whoami", TestTokens.forSubject("leader:331000")).statusCode()).isEqualTo(200);
    }

    @Test
    void everyWriteIsAuditedWithWhoWhatWhenAndFromWhere() throws Exception {
        post("/api/v1/samples/visits", TestTokens.forSubject("cadre:c-17"), VALID_VISIT);
        post("/api/v1/samples/reference-data", null, "");
        get("/api/v1/samples/me", TestTokens.forSubject("cadre:c-17"));

        List<AuditEntry> entries = audit.entries();
        assertThat(entries).hasSize(2);
        AuditEntry write = entries.get(0);
        assertThat(write.who()).isEqualTo("cadre:c-17");
        assertThat(write.action()).isEqualTo("POST");
        assertThat(write.target()).isEqualTo("/api/v1/samples/visits");
        assertThat(write.outcome()).isEqualTo("201");
        assertThat(write.from()).isEqualTo("127.0.0.1");
        assertThat(write.at()).isBetween(Instant.now().minusSeconds(30), Instant.now());
        AuditEntry refused = entries.get(1);
        assertThat(refused.who()).isEqualTo("anonymous");
        assertThat(refused.outcome()).isEqualTo("401");
    }

    private void assertUnauthorized(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthorized");
    }

    private JsonNode assertProblem(HttpResponse<String> response, String slug) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
        return problem;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> head(String path, String token) throws Exception {
        return http.send(request(path, token).HEAD().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return http.send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }
}
