package gov.enterprise.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

@IntegrationTest
class IdempotencyKeyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ThingApplication.FlakySwitch flaky;
    @Autowired
    ThingApplication.Rival rival;
    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String cadre = TestTokens.forSubject("cadre:c-17");

    @BeforeEach
    void emptyTables() {
        jdbc.sql("delete from thing").update();
        jdbc.sql("delete from idempotency_key").update();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        var first = post(key, "{\"name\":\"pump\"}", cadre);
        var retry = post(key, "{\"name\":\"pump\"}", cadre);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"name\":\"pump\"}", cadre);
        var other = post(key, "{\"name\":\"valve\"}", cadre);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(other.body()).contains("idempotency-key-reused");
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningIsAConflict() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(
                () -> post(key, "{\"name\":\"slow\"}", cadre));
        Thread.sleep(500);
        var retry = post(key, "{\"name\":\"slow\"}", cadre);

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.body()).contains("idempotency-key-in-flight");
        assertThat(first.get().statusCode()).isEqualTo(201);
        assertThat(post(key, "{\"name\":\"slow\"}", cadre).body()).isEqualTo(first.get().body());
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void aFailedRequestIsNotRememberedSoItsRetryRunsAfresh() {
        String key = UUID.randomUUID().toString();
        flaky.failures.set(1);
        var failed = post(key, "{\"name\":\"flaky\"}", cadre);
        var retry = post(key, "{\"name\":\"flaky\"}", cadre);

        assertThat(failed.statusCode()).isEqualTo(409);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(things()).as("the failed attempt rolled back").isEqualTo(1);
    }

    @Test
    void aKeyHeldByAnotherInstanceIsInFlightUntilThatInstanceGoesAway() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> meanwhile;
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            JdbcClient.create(new SingleConnectionDataSource(otherInstance, true))
                    .sql("select pg_advisory_xact_lock(" + IdempotencyKeys.KEY_LOCK + ")")
                    .param("caller", "cadre:c-17").param("key", key)
                    .query(Object.class).list();
            meanwhile = post(key, "{\"name\":\"pump\"}", cadre);
        } // the other instance's transaction ends with nothing committed, as when it crashes: its lock goes with it
        var retry = post(key, "{\"name\":\"pump\"}", cadre);

        assertThat(meanwhile.statusCode()).isEqualTo(409);
        assertThat(meanwhile.body()).contains("idempotency-key-in-flight");
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void aRequestWhoseKeyWasAnsweredMeanwhileRollsBackAndGivesThatAnswer() {
        String key = UUID.randomUUID().toString();
        byte[] body = "{\"name\":\"pump\"}".getBytes(StandardCharsets.UTF_8);
        // the one window the key's lock leaves: another request's answer committed just before ours took the lock
        rival.commitsMeanwhile.set(() -> jdbc.sql("insert into idempotency_key (caller, key, fingerprint, "
                        + "response_status, response_headers, response_body) values ('cadre:c-17', :key, "
                        + ":fingerprint, 201, 'Content-Type: application/json\n', :body)")
                .param("key", key)
                .param("fingerprint", IdempotencyFilter.fingerprint("POST", "/api/v1/things", null, body))
                .param("body", "{\"id\":-1,\"name\":\"pump\"}".getBytes(StandardCharsets.UTF_8))
                .update());

        var answer = post(key, "{\"name\":\"pump\"}", cadre);

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.body()).isEqualTo("{\"id\":-1,\"name\":\"pump\"}");
        assertThat(answer.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(answer.headers().firstValue("Location")).as("nothing of the rolled-back answer").isEmpty();
        assertThat(things()).as("this request's effects rolled back").isZero();
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        var mine = post(key, "{\"name\":\"pump\"}", cadre);
        var theirs = post(key, "{\"name\":\"pump\"}", TestTokens.forSubject("cadre:c-18"));

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(theirs.body()).isNotEqualTo(mine.body());
        assertThat(things()).isEqualTo(2);
    }

    @Test
    void anUnusableKeyIsABadRequestNamingTheHeader() {
        var response = post("a key with spaces", "{\"name\":\"pump\"}", cadre);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"Idempotency-Key\"");
        assertThat(things()).isZero();
    }

    @Test
    void aQuotedKeyAsTheDraftWritesItIsTheSameKey() {
        var first = post("\"k-1\"", "{\"name\":\"pump\"}", cadre);
        var retry = post("k-1", "{\"name\":\"pump\"}", cadre);

        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(things()).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        post(null, "{\"name\":\"pump\"}", cadre);
        post(null, "{\"name\":\"pump\"}", cadre);
        assertThat(things()).isEqualTo(2);
    }

    private int things() {
        return jdbc.sql("select count(*) from thing").query(Integer.class).single();
    }

    private HttpResponse<String> post(String key, String body, String token) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/things"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
