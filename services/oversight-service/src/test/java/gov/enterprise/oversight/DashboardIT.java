package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.testsupport.TestEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard page and its files are served to anyone (the page signs in itself, at the provider the sign-in
 * settings name); the reference names are public;
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
    @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}")
    String trustedIssuer;

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
    void thePageLearnsWhereToSignInWithoutAToken() {
        var signIn = api.json("/api/v1/oversight/sign-in", null);
        assertThat(signIn.path("issuer").asString()).as("the issuer the service trusts")
                .isEqualTo(trustedIssuer);
        assertThat(signIn.path("clientId").asString()).isEqualTo("oversight-dashboard");
        assertThat(signIn.path("scope").asString()).isEqualTo("openid");
        assertThat(signIn.path("subjectClaim").asString()).isEqualTo("sub");
    }

    @Test
    void theChangeStreamTellsThePageWhenNewEventsChangedTheFigures() throws Exception {
        var campaign = new Campaign();
        campaign.reported("LIVE-1", TaizhouCampaign.E1, "2026-10-30T10:00");

        assertThat(ChangeStream.announcesAChange(port, () -> new Delivery(env, jdbc).publishAndAwait(campaign.events()),
                Duration.ofSeconds(10))).isTrue();
    }
}
