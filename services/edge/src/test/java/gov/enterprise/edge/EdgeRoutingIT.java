package gov.enterprise.edge;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeRoutingIT {

    static final StubBackend VISIT = StubBackend.start();
    static final StubBackend INTAKE = StubBackend.start();
    static final StubBackend OVERSIGHT = StubBackend.start();
    static final int NOTHING_LISTENS = unusedPort();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("ticketing.edge.routes.visit.uri", VISIT::url);
        registry.add("ticketing.edge.routes.intake.uri", INTAKE::url);
        registry.add("ticketing.edge.routes.oversight.uri", OVERSIGHT::url);
        registry.add("ticketing.edge.routes.resolution.uri", () -> "http://127.0.0.1:" + NOTHING_LISTENS);
    }

    @AfterAll
    static void stop() {
        VISIT.close();
        INTAKE.close();
        OVERSIGHT.close();
    }

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void routesEachPathPrefixToTheServiceThatOwnsIt() throws Exception {
        assertThat(get("/api/v1/enterprises/91350100M000100Y43?include=visits").statusCode()).isEqualTo(200);
        assertThat(VISIT.last().uri()).isEqualTo("/api/v1/enterprises/91350100M000100Y43?include=visits");

        get("/api/v1/routing-rules");
        assertThat(INTAKE.last().uri()).isEqualTo("/api/v1/routing-rules");

        get("/api/v1/oversight/breakdown.csv?by=region");
        assertThat(OVERSIGHT.last().uri()).isEqualTo("/api/v1/oversight/breakdown.csv?by=region");

        get("/");
        assertThat(OVERSIGHT.last().uri()).isEqualTo("/");

        get("/.well-known/oauth-protected-resource");
        assertThat(VISIT.last().uri()).isEqualTo("/.well-known/oauth-protected-resource");
    }

    @Test
    void passesRequestHeadersAndBodyOnAndTheAnswerBack() throws Exception {
        String body = "{\"uscc\":\"91350100M000100Y43\",\"name\":\"台州模具\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(edge("/api/v1/visits"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer abc.def.ghi")
                .header("Content-Type", "application/json; charset=utf-8")
                .header("If-Match", "\"6\"")
                .header("Idempotency-Key", "k-1")
                .header("X-Forwarded-For", "6.6.6.6")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo(body);
        assertThat(response.headers().firstValue("ETag")).contains("\"7\"");
        assertThat(response.headers().firstValue("X-Backend")).contains("stub");
        assertThat(response.headers().firstValue("Keep-Alive")).isEmpty();

        StubBackend.Received received = VISIT.last();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(received.header("Authorization")).isEqualTo("Bearer abc.def.ghi");
        assertThat(received.header("If-Match")).isEqualTo("\"6\"");
        assertThat(received.header("Idempotency-Key")).isEqualTo("k-1");
        assertThat(received.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        // the edge states who the client is; a client's own claim is not passed on
        assertThat(received.headers("X-Forwarded-For")).containsExactly("127.0.0.1");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-Host")).isEqualTo("localhost");
        assertThat(received.header("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
    }

    @Test
    void traceContextFromTheClientIsNotPassedOnSoTheServiceStartsItsOwnTrace() throws Exception {
        String clientTrace = "0af7651916cd43dd8448eb211c80319c";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(edge("/api/v1/visits/v-1"))
                .header("traceparent", "00-" + clientTrace + "-b7ad6b7169203331-01")
                .header("tracestate", "congo=t61rcWkgMzE")
                .header("baggage", "userId=alice")
                .header("b3", clientTrace + "-b7ad6b7169203331-1")
                .header("X-B3-Sampled", "1")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        StubBackend.Received received = VISIT.last();
        for (String header : new String[] {"traceparent", "tracestate", "baggage", "b3", "X-B3-Sampled"}) {
            assertThat(received.header(header)).as(header).isNull();
        }
    }

    @Test
    void dropsHopByHopHeaders() throws Exception {
        // java.net.http won't send Connection/Keep-Alive/TE itself, so speak HTTP/1.1 on a socket
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/cadres/c-17/enterprises HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Connection: close, X-Hop\r\n"
                    + "X-Hop: only-for-this-connection\r\n"
                    + "Keep-Alive: timeout=5\r\n"
                    + "TE: trailers\r\n"
                    + "Proxy-Authorization: Basic Zm9vOmJhcg==\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n"
                    + "\r\n"
                    + "b\r\n{\"usccs\":[]\r\n1\r\n}\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 201");
        }
        StubBackend.Received received = VISIT.last();
        assertThat(received.uri()).isEqualTo("/api/v1/cadres/c-17/enterprises");
        assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo("{\"usccs\":[]}");
        assertThat(received.header("X-Hop")).isNull();
        assertThat(received.header("Keep-Alive")).isNull();
        assertThat(received.header("TE")).isNull();
        assertThat(received.header("Proxy-Authorization")).isNull();
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void streamsLargeBodiesBothWays() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        new Random(17).nextBytes(body);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(edge("/api/v1/issues"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/octet-stream")
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo(body);
        assertThat(INTAKE.last().header("Content-Length")).isEqualTo(Integer.toString(body.length));
    }

    @Test
    void aBackendThatIsDownIsA503ProblemNamingTheService() throws Exception {
        HttpResponse<String> response = get("/api/v1/tickets/i-1");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"https://ticketing.example/problems/service-unavailable\"")
                .contains("\"status\":503")
                .contains("\"service\":\"resolution\"")
                .contains("\"instance\":\"/api/v1/tickets/i-1\"")
                .doesNotContain("Exception");
    }

    @Test
    void healthIsDownAndNamesTheServiceThatDoesNotAnswer() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"resolution\":{\"status\":\"DOWN\"}")
                .contains("\"visit\":{\"status\":\"UP\"}");
    }

    @Test
    void aPathNoServiceOwnsIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v2/whatever");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://ticketing.example/problems/not-found\"");

        HttpResponse<String> ownPath = get("/actuator/nothing");
        assertThat(ownPath.statusCode()).isEqualTo(404);
        assertThat(ownPath.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void withoutTheLocalProfileThereIsNoTokenEndpoint() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(edge("/dev/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"officer:NRP\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/.well-known/jwks.json").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesDotSegmentsThatWouldReachAnotherServiceThanTheRouteSays() throws Exception {
        assertThat(sendRaw("GET /api/v1/visits/%2e%2e/x")).startsWith("HTTP/1.1 400");
    }

    @Test
    void refusesAQueryStringThatIsNotPercentEncodingAsAProblem() throws Exception {
        for (String query : List.of("x=%%%", "x=a%2", "%ZZ=1")) {
            assertThat(sendRaw("GET /api/v1/tickets?" + query)).as(query).startsWith("HTTP/1.1 400")
                    .contains("application/problem+json").contains("not valid percent-encoding");
        }
    }

    @Test
    void whatTheServletContainerRefusesIsAProblemToo() throws Exception {
        assertThat(sendRaw("TRACE /api/v1/tickets")).startsWith("HTTP/1.1 405").contains("application/problem+json")
                .containsIgnoringCase("\nAllow: ")
                .contains("https://ticketing.example/problems/method-not-allowed")
                .contains("\"instance\":\"/api/v1/tickets\"");
    }

    @Test
    void whatTomcatCannotParseIsAProblemNamingTheRuleBroken() throws Exception {
        int reachedBefore = VISIT.count() + INTAKE.count();
        assertThat(sendRaw("GET /api/v1/enterprises?q=a|b")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").doesNotContain("<html")
                .contains("https://ticketing.example/problems/malformed-request")
                .contains("must be percent-encoded (RFC 3986)");
        assertThat(sendRaw("GET /api/v1/enterprises/a%2Fb")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("an encoded '/'")
                .contains("\"instance\":\"/api/v1/enterprises/a%2Fb\"");
        assertThat(sendRaw("GET /api/v1/enterprises/%00")).startsWith("HTTP/1.1 400").contains("encoded NUL");
        assertThat(sendRaw("GET /api/v1/enterprises/%zz")).startsWith("HTTP/1.1 400")
                .contains("two hexadecimal digits");
        assertThat(sendRaw("GET api/v1/enterprises")).startsWith("HTTP/1.1 400").contains("must start with '/'");
        assertThat(sendRaw("G@T /api/v1/enterprises")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("not valid HTTP/1.1");
        assertThat(sendWithHeader("X-Big: " + "a".repeat(20_000))).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("headers are larger than the edge accepts");
        assertThat(sendWithHeader("Bad Header: x")).startsWith("HTTP/1.1 400")
                .contains("application/problem+json").contains("A header line is not valid HTTP/1.1");
        assertThat(VISIT.count() + INTAKE.count()).as("nothing refused reached a service").isEqualTo(reachedBefore);
    }

    private String sendWithHeader(String headerLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/v1/visits HTTP/1.1\r\nHost: localhost\r\n" + headerLine
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A request line sent as written (an HTTP client would normalise or refuse it), and the whole answer. */
    private String sendRaw(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(edge(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI edge(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
