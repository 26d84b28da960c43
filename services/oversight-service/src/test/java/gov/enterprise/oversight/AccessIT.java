package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who may read figures (leaders, department heads, administrators; everyone else 403), and bad input refused with
 * a 400 problem naming the parameter.
 */
@OversightIntegrationTest
class AccessIT {

    @LocalServerPort
    int port;

    OversightApi api;

    @BeforeEach
    void setUp() {
        api = new OversightApi(port);
    }

    @Test
    void figuresAreForLeadersHeadsAndAdministratorsOnly() {
        assertThat(api.get("/api/v1/oversight/summary", null).status()).isEqualTo(401);
        for (String subject : new String[] {"officer:NRP", "cadre:c-17", "triage:t-1", "operator:o-1",
                "enterprise:91350100M000100Y43"}) {
            assertThat(api.get("/api/v1/oversight/summary", subject).status()).as(subject).isEqualTo(403);
            assertThat(api.get("/api/v1/oversight/breakdown.csv?by=region", subject).status()).as(subject)
                    .isEqualTo(403);
        }
        for (String subject : new String[] {"leader:331000", "leader:331002", "head:NRP", "admin"}) {
            assertThat(api.get("/api/v1/oversight/summary", subject).status()).as(subject).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/oversight/rebuilds", "leader:331000").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/oversight/rebuilds", "admin").status()).isEqualTo(200);
    }

    @Test
    void aLeaderOfAnUnknownRegionOrAskingOutsideItsRegionIsRefused() {
        assertThat(api.get("/api/v1/oversight/summary", "leader:110000").status()).isEqualTo(403);
        var outside = api.get("/api/v1/oversight/breakdown?by=region&region=331000", "leader:331002");
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(api.get("/api/v1/oversight/summary?region=331002", "leader:331000").status()).isEqualTo(200);
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        assertField("/api/v1/oversight/summary?region=999999", "region");
        assertField("/api/v1/oversight/summary?department=NOPE", "department");
        assertField("/api/v1/oversight/summary?cluster=NOPE", "cluster");
        assertField("/api/v1/oversight/summary?category=NOPE", "category");
        assertField("/api/v1/oversight/summary?from=2026-10-31&to=2026-10-01", "from");
        assertField("/api/v1/oversight/summary?from=31.10.2026", "from");
        assertField("/api/v1/oversight/summary?asOf=yesterday", "asOf");
        assertField("/api/v1/oversight/breakdown?by=colour", "by");
        assertField("/api/v1/oversight/trend?interval=hour", "interval");
        assertField("/api/v1/oversight/trend?interval=day&from=2020-01-01&to=2026-10-31", "interval");
        assertField("/api/v1/oversight/ranking?by=speed", "by");
        assertField("/api/v1/oversight/ranking?minTickets=-1", "minTickets");
        assertField("/api/v1/oversight/overdue?limit=0", "limit");
        assertField("/api/v1/oversight/overdue?cursor=garbage!", "cursor");
        assertField("/api/v1/oversight/overdue?asOf=2026-10-01", "asOf");
    }

    private void assertField(String path, String field) {
        var answer = api.get(path, "admin");
        assertThat(answer.status()).as(path).isEqualTo(400);
        JsonNode errors = answer.json().path("errors");
        assertThat(errors.valueStream().map(error -> error.path("field").asString())).as(path).contains(field);
    }
}
