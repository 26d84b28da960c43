package gov.enterprise.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator's HTTP/1.1 client against a loopback server that answers byte for byte as each test scripts it. */
class HttpTransportTest {

    private ServerSocket server;
    private HttpTransport transport;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void keepAliveAnswersReuseOneConnection() throws IOException {
        serve(n -> "HTTP/1.1 200 OK\r\nContent-Length: 7\r\nETag: \"" + n + "\"\r\n\r\n{\"n\":" + n + "}");

        for (int i = 0; i < 5; i++) {
            HttpTransport.Answer answer = transport.exchange(post("/api/v1/issues", "{\"a\":1}"));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":" + i + "}");
            assertThat(answer.header("etag")).isEqualTo("\"" + i + "\"");
            assertThat(answer.etag()).isEqualTo(String.valueOf(i));
        }
        assertThat(connections.get()).isEqualTo(1);
        assertThat(requests.getFirst()).startsWith("POST /api/v1/issues HTTP/1.1\r\n")
                .contains("Host: 127.0.0.1:" + server.getLocalPort() + "\r\n", "Content-Length: 7\r\n",
                        "Content-Type: application/json\r\n", "Authorization: Bearer t\r\n")
                .endsWith("\r\n\r\n{\"a\":1}");
    }

    @Test
    void aChunkedBodyIsReassembledAndTheConnectionKept() throws IOException {
        serve(n -> "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\n{\"id\r\n" + "6\r\n\":\"x\"}\r\n" + "0\r\nX-Trailer: t\r\n\r\n");

        for (int i = 0; i < 2; i++) {
            HttpTransport.Answer answer = transport.exchange(get("/api/v1/visits/x"));
            assertThat(answer.status()).isEqualTo(201);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"x\"}");
        }
        assertThat(connections.get()).isEqualTo(1);
    }

    @Test
    void connectionCloseAndABodyToTheEndAreNotReused() throws IOException {
        serve(n -> n % 2 == 0
                ? "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"
                : "HTTP/1.1 200 OK\r\n\r\n{\"until\":\"the end\"}");

        assertThat(transport.exchange(get("/a")).status()).isEqualTo(503);
        HttpTransport.Answer toTheEnd = transport.exchange(get("/b"));
        assertThat(new String(toTheEnd.body(), StandardCharsets.UTF_8)).isEqualTo("{\"until\":\"the end\"}");
        assertThat(transport.exchange(get("/c")).status()).isEqualTo(503);
        assertThat(connections.get()).isEqualTo(3);
    }

    @Test
    void noContentHasNoBody() throws IOException {
        serve(n -> "HTTP/1.1 204 No Content\r\n\r\n");

        assertThat(transport.exchange(get("/x")).body()).isEmpty();
        assertThat(transport.exchange(get("/y")).status()).isEqualTo(204);
        assertThat(connections.get()).isEqualTo(1);
    }

    @Test
    void anAnswerCutShortIsAnErrorAndItsConnectionDropped() throws IOException {
        serve(n -> n == 0 ? "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc" : "HTTP/1.1 200 OK\r\n"
                + "Content-Length: 0\r\n\r\n", true);

        assertThatThrownBy(() -> transport.exchange(get("/x"))).isInstanceOf(EOFException.class)
                .hasMessageContaining("7 bytes before the body did");
        assertThat(transport.exchange(get("/y")).status()).isEqualTo(200);
        assertThat(connections.get()).isEqualTo(2);
    }

    @Test
    void silenceBeyondTheResponseTimeoutIsATimeout() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket ignored = server.accept()) {
                Thread.sleep(5_000);
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        transport = new HttpTransport(URI.create("http://127.0.0.1:" + server.getLocalPort()), Duration.ofSeconds(1),
                Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThatThrownBy(() -> transport.exchange(get("/x"))).isInstanceOf(SocketTimeoutException.class)
                .isNotInstanceOf(HttpTransport.ConnectTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void nothingListeningIsARefusedConnection() throws IOException {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        transport = new HttpTransport(URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        var request = new ApiRequest("GET", URI.create("http://127.0.0.1:" + port + "/x"), Map.of(), null);
        assertThatThrownBy(() -> transport.exchange(request)).isInstanceOf(ConnectException.class);
    }

    @Test
    void anotherOriginIsRefusedBeforeAnythingIsSent() throws IOException {
        serve(n -> "HTTP/1.1 204 No Content\r\n\r\n");

        var elsewhere = new ApiRequest("GET", URI.create("http://127.0.0.1:1/x"), Map.of(), null);
        assertThatThrownBy(() -> transport.exchange(elsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not this transport's origin");
        assertThat(connections.get()).isZero();
    }

    private ApiRequest post(String path, String json) {
        return new ApiRequest("POST", URI.create(origin() + path), Map.of("Authorization", "Bearer t"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    private ApiRequest get(String path) {
        return new ApiRequest("GET", URI.create(origin() + path), Map.of(), null);
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private void serve(IntFunction<String> answers) throws IOException {
        serve(answers, false);
    }

    /**
     * Answers the n-th request (over all connections) with {@code answers.apply(n)}; closes the connection after an
     * answer that says {@code Connection: close}, has no length, or (with {@code closeAfterFirst}) is the first.
     */
    private void serve(IntFunction<String> answers, boolean closeAfterFirst) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var answered = new AtomicInteger();
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                Socket socket;
                try {
                    socket = server.accept();
                } catch (IOException e) {
                    return;
                }
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> {
                    try (socket) {
                        InputStream in = socket.getInputStream();
                        while (true) {
                            String request = readRequest(in);
                            if (request == null) {
                                return;
                            }
                            requests.add(request);
                            int n = answered.getAndIncrement();
                            String answer = answers.apply(n);
                            socket.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
                            socket.getOutputStream().flush();
                            if (answer.contains("Connection: close") || !answer.contains("Length")
                                    && !answer.contains("chunked") && !answer.startsWith("HTTP/1.1 204")
                                    || closeAfterFirst && n == 0) {
                                return;
                            }
                        }
                    } catch (IOException e) {
                        // the client went away
                    }
                });
            }
        });
        transport = new HttpTransport(URI.create(origin()), Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    /** The head and body of one request, or null at the end of the connection. */
    private static String readRequest(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String text = head.toString(StandardCharsets.UTF_8);
            if (text.endsWith("\r\n\r\n")) {
                int at = text.indexOf("Content-Length: ");
                int length = at < 0 ? 0 : Integer.parseInt(text.substring(at + 16, text.indexOf("\r\n", at)));
                return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
