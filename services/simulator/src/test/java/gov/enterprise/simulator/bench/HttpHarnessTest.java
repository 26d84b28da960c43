package gov.enterprise.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import gov.enterprise.simulator.api.Api;
import gov.enterprise.simulator.load.LoadPlan;
import gov.enterprise.simulator.load.LoadResult;
import gov.enterprise.simulator.load.OpenLoopGenerator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generator on real threads and a real HTTP server on loopback (a stub that can stall). */
class HttpHarnessTest {

    private HttpServer server;
    private Api api;
    private final AtomicLong stallUntil = new AtomicLong();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/issues", exchange -> {
            long wait = stallUntil.get() - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = exchange.getRequestHeaders().getFirst("Authorization") == null ? 401 : 202;
            byte[] body = "{\"issueId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/dev/token", exchange -> {
            tokensIssued.incrementAndGet();
            byte[] body = "{\"access_token\":\"t\",\"expires_in\":43200}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        api = Api.connect("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        api.close();
        server.stop(0);
    }

    @Test
    void everyScheduledRequestIsAnsweredAndCountedByStatus() {
        var target = new HttpLoadTarget(api, index -> api.request("POST", "operator:hotline-1",
                "/api/v1/issues", api.bytes(Map.of("n", index)), Map.of()), HttpLoadTarget.Answers.successful());

        LoadResult result = new OpenLoopGenerator().run(LoadPlan.of(200, Duration.ofMillis(500),
                Duration.ofSeconds(1)), target);

        assertThat(result.outcomes()).isEqualTo(Map.of("202", 200L));
        assertThat(result.warmupAnswers()).isEqualTo(100);
        assertThat(result.achievedRate()).isEqualTo(200.0);
        // one token for the one subject, fetched once and reused
        assertThat(tokensIssued.get()).isEqualTo(1);
    }

    @Test
    void aServerStallShowsInTheLatencyOfEveryRequestThatArrivedDuringIt() {
        var target = new HttpLoadTarget(api, index -> {
            if (index == 200) {
                // 1 s into the measured phase the server stands still for 400 ms
                stallUntil.set(System.nanoTime() + 400_000_000L);
            }
            return api.request("POST", "operator:hotline-1", "/api/v1/issues", new byte[0], Map.of());
        }, HttpLoadTarget.Answers.successful());

        LoadResult result = new OpenLoopGenerator().run(LoadPlan.of(200, Duration.ZERO, Duration.ofSeconds(2)),
                target);

        assertThat(result.recorded()).isEqualTo(400);
        Histogram latencies = result.recorder().responseTimeHistogram();
        // about 80 requests arrived in the 400 ms; those in its first half waited at least 200 ms
        assertThat(latencies.getCountBetweenValues(200_000, latencies.getMaxValue())).isGreaterThan(30);
        assertThat(result.responseTime().max()).isGreaterThan(350_000);
    }
}
