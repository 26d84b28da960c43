package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.testsupport.TestEnvironment;
import gov.enterprise.testsupport.TestTokens;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard page and its files are served to anyone (the page signs in itself); the reference names are public;
 * the change stream tells a signed-in page when new events changed the figures.
 */
@OversightIntegrationTest
class DashboardIT {

    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    OversightApi api;

    @BeforeEach
    void setUp() {
        api = new OversightApi(port);
    }

    @Test
    void thePageItsScriptsTheChartLibraryAndTheIconAreServedWithoutSigningIn() {
        var page = api.get("/", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"figure-handledRate\"").contains("/assets/echarts/echarts.min.js")
                .contains("lang=\"zh-CN\"");
        assertThat(api.get("/index.html", null).status()).isEqualTo(200);
        for (String asset : new String[] {"/assets/dashboard.js", "/assets/dashboard.css",
                "/assets/echarts/echarts.min.js", "/assets/echarts/LICENSE", "/assets/echarts/NOTICE",
                "/favicon.ico"}) {
            assertThat(api.get(asset, null).status()).as(asset).isEqualTo(200);
        }
        assertThat(api.get("/assets/echarts/NOTICE", null).text()).contains("Apache ECharts");
        assertThat(api.get("/actuator/env", null).status()).isIn(401, 403, 404);
    }

    @Test
    void theReferenceNamesArePublic() {
        var reference = api.json("/api/v1/oversight/reference", null);
        assertThat(reference.path("regions").valueStream().map(r -> r.path("nameZh").asString())).contains("台州市");
        assertThat(reference.path("departments")).isNotEmpty();
    }

    @Test
    void theChangeStreamTellsThePageWhenNewEventsChangedTheFigures() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/oversight/changes"))
                .header("Authorization", "Bearer " + TestTokens.forSubject("leader:331000"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("event:ready");
            CompletableFuture<Boolean> changed = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.equals("event:changed")) {
                            return true;
                        }
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            var campaign = new Campaign();
            campaign.reported("LIVE-1", TaizhouCampaign.E1, "2026-10-30T10:00");
            new Delivery(env, jdbc).publishAndAwait(campaign.events());

            assertThat(changed.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        }
    }
}
