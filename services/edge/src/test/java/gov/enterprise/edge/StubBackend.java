package gov.enterprise.edge;

import java.util.concurrent.atomic.AtomicInteger;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service behind the edge: records the last request it got, answers every API call with
 * 201 + an ETag + the request body, serves an endless event stream on {@code /api/v1/oversight/changes} and
 * reports its readiness as told.
 */
final class StubBackend implements AutoCloseable {

    record Received(String method, String uri, Headers headers, byte[] body) {

        String header(String name) {
            return headers.getFirst(name);
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name, List.of());
        }
    }

    private final HttpServer server;
    private final AtomicReference<Received> last = new AtomicReference<>();
    private final AtomicInteger echoed = new AtomicInteger();
    private volatile boolean ready = true;

    StubBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/actuator/health/readiness", this::readiness);
        server.createContext("/api/v1/visits/slow", this::slow);
        server.createContext("/api/v1/oversight/changes", this::eventStream);
        server.createContext("/", this::echo);
        server.start();
    }

    static StubBackend start() {
        try {
            return new StubBackend();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests reached this backend's echo. */
    int count() {
        return echoed.get();
    }

    Received last() {
        return last.get();
    }

    void ready(boolean ready) {
        this.ready = ready;
    }

    private void echo(HttpExchange exchange) throws IOException {
        echoed.incrementAndGet();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        last.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getRequestHeaders(), body));
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Backend", "stub");
        exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
        if (exchange.getRequestMethod().equals("GET")) {
            byte[] answer = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        } else {
            exchange.sendResponseHeaders(201, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private void slow(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        echo(exchange);
    }

    /** A {@code ready} event, then a comment every 100 ms until the reader goes away. */
    private void eventStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (var out = exchange.getResponseBody()) {
            out.write("event: ready\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                Thread.sleep(100);
                out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the reader went away, or the stub stops
        }
    }

    private void readiness(HttpExchange exchange) throws IOException {
        byte[] answer = ("{\"status\":\"" + (ready ? "UP" : "OUT_OF_SERVICE") + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(ready ? 200 : 503, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
