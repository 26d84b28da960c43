package gov.enterprise.visit.visit;

import static gov.enterprise.visit.VisitApi.PROBLEMS;
import static gov.enterprise.visit.VisitApi.body;
import static gov.enterprise.visit.VisitApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.visit.VisitRecordedV1;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import gov.enterprise.visit.EnterpriseFixture;
import gov.enterprise.visit.VisitApi;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cadres record visits over HTTP against the real database and broker; retries are answered as the first was. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitRecordingIT {

    static final String PAIRED = UsccFixture.code(101);
    static final String OTHER = UsccFixture.code(102);
    static final String UNREGISTERED = UsccFixture.code(103);
    static final String CADRE = "cadre:c-17";

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    VisitApi api;
    EventProbe events;

    @BeforeAll
    void enterprisesAndPairing() {
        api = new VisitApi(port);
        events = env.probe(Topics.VISIT_EVENTS);
        EnterpriseFixture.register(api, PAIRED, "台州市椒江精工机械有限公司", "331002", "PUMP", "SPECIALISED");
        EnterpriseFixture.register(api, OTHER, "台州市黄岩模具有限公司", "331003", "MOULD");
        EnterpriseFixture.pair(api, "c-17", PAIRED);
    }

    static Map<String, Object> visit(String visitId, String uscc, Instant visitedAt, List<Map<String, Object>> issues) {
        return body("visitId", visitId, "uscc", uscc, "visitedAt", visitedAt.toString(), "mode", "ON_SITE",
                "summary", "走访企业，了解扩产计划", "issues", issues);
    }

    static Map<String, Object> issue(String issueId, String title, String description, String categoryHint) {
        return body("issueId", issueId, "title", title, "description", description, "categoryHint", categoryHint);
    }

    static Instant anHourAgo() {
        return Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aRetriedVisitCreatesOneVisitAndOneSetOfIssuesAndIsPublishedOnceWithItsIssues() {
        String visitId = UUID.randomUUID().toString();
        String request = json(visit(visitId, PAIRED, anHourAgo(), List.of(
                issue(null, "新厂房用地指标不足", "扩产需要新增工业用地约20亩，希望协调用地指标。", "LAND"),
                issue(null, "高层次人才住房", "引进的两名博士需要人才公寓。", null))));

        VisitApi.Answer first = api.post("/api/v1/visits", CADRE, request);
        VisitApi.Answer retry = api.post("/api/v1/visits", CADRE, request);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/v1/visits/" + visitId);
        assertThat(first.body().get("visitId").asString()).isEqualTo(visitId);
        assertThat(first.body().get("issueIds")).hasSize(2);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(count("SELECT count(*) FROM visit WHERE visit_id = ?::uuid", visitId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM raised_issue WHERE visit_id = ?::uuid", visitId)).isEqualTo(2);

        EventEnvelope<VisitRecordedV1> recorded =
                events.awaitEvent(VisitRecordedV1.class, e -> e.data().visitId().equals(visitId));
        assertThat(recorded.subject()).isEqualTo(PAIRED);
        assertThat(recorded.data().cadreId()).isEqualTo("c-17");
        assertThat(recorded.data().enterprise().regionCode()).isEqualTo("331002");
        assertThat(recorded.data().enterprise().cluster()).isEqualTo("PUMP");
        assertThat(recorded.data().issues()).extracting(VisitRecordedV1.RaisedIssue::issueId)
                .containsExactly(first.body().get("issueIds").get(0).asString(),
                        first.body().get("issueIds").get(1).asString());
        assertThat(recorded.data().issues()).extracting(VisitRecordedV1.RaisedIssue::title)
                .containsExactly("新厂房用地指标不足", "高层次人才住房");
        assertThat(recorded.data().issues().getFirst().categoryHint()).isEqualTo("LAND");
        assertPublishedOnce(visitId);
    }

    @Test
    void concurrentRetriesOfOneVisitStoreItOnce() throws Exception {
        String visitId = UUID.randomUUID().toString();
        String request = json(visit(visitId, PAIRED, anHourAgo(), List.of(
                issue(UUID.randomUUID().toString(), "电力增容", "新生产线需要增容到2000千伏安。", "ENERGY"))));
        var pool = Executors.newFixedThreadPool(4);
        try {
            var calls = new ArrayList<Callable<VisitApi.Answer>>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> api.post("/api/v1/visits", CADRE, request));
            }
            var answers = new ArrayList<VisitApi.Answer>();
            for (Future<VisitApi.Answer> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            assertThat(answers).extracting(VisitApi.Answer::status).containsOnly(201);
            assertThat(answers).extracting(VisitApi.Answer::body).containsOnly(answers.getFirst().body());
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM visit WHERE visit_id = ?::uuid", visitId)).isEqualTo(1);
        assertPublishedOnce(visitId);
    }

    @Test
    void aRetryGetsItsFirstAnswerEvenAfterTheCadreWasUnpaired() {
        EnterpriseFixture.pair(api, "c-19", PAIRED);
        String visitId = UUID.randomUUID().toString();
        String request = json(visit(visitId, PAIRED, anHourAgo(), List.of()));
        VisitApi.Answer first = api.post("/api/v1/visits", "cadre:c-19", request);
        EnterpriseFixture.pair(api, "c-19");

        VisitApi.Answer retry = api.post("/api/v1/visits", "cadre:c-19", request);
        VisitApi.Answer another = api.post("/api/v1/visits", "cadre:c-19", json(visit(null, PAIRED, anHourAgo(),
                List.of())));

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(retry.status()).as(retry.text()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(another.status()).as("a new visit is refused").isEqualTo(403);
        assertThat(count("SELECT count(*) FROM visit WHERE visit_id = ?::uuid", visitId)).isEqualTo(1);
        assertPublishedOnce(visitId);
    }

    @Test
    void theSameVisitIdWithADifferentBodyIsRefusedAndChangesNothing() {
        String visitId = UUID.randomUUID().toString();
        Instant at = anHourAgo();
        VisitApi.Answer first = api.post("/api/v1/visits", CADRE, json(visit(visitId, PAIRED, at, List.of())));
        VisitApi.Answer other = api.post("/api/v1/visits", CADRE, json(visit(visitId, PAIRED, at,
                List.of(issue(null, "融资难", "流动资金贷款到期续贷困难。", "FINANCE")))));

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).as(other.text()).isEqualTo(422);
        assertThat(other.problemType()).isEqualTo(PROBLEMS + "visit-id-reused");
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(count("SELECT count(*) FROM raised_issue WHERE visit_id = ?::uuid", visitId)).isZero();
    }

    @Test
    void anIdempotencyKeyMakesARetryReturnTheFirstAnswer() {
        String key = "visit-" + UUID.randomUUID();
        String request = json(visit(null, PAIRED, anHourAgo(),
                List.of(issue(null, "审批慢", "技改项目备案材料多次补正。", "APPROVAL"))));

        VisitApi.Answer first = api.post("/api/v1/visits", CADRE, request, "Idempotency-Key", key);
        VisitApi.Answer retry = api.post("/api/v1/visits", CADRE, request, "Idempotency-Key", key);
        VisitApi.Answer other = api.post("/api/v1/visits", CADRE,
                json(visit(null, PAIRED, anHourAgo(), List.of())), "Idempotency-Key", key);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problemType()).isEqualTo(PROBLEMS + "idempotency-key-reused");
        String visitId = first.body().get("visitId").asString();
        assertThat(count("SELECT count(*) FROM visit WHERE visit_id = ?::uuid", visitId)).isEqualTo(1);
        assertPublishedOnce(visitId);
    }

    @Test
    void aRequestWithAKeyStillInFlightIsAConflictAndItsRetryAfterwardsGetsTheFirstAnswer() throws Exception {
        String key = "visit-" + UUID.randomUUID();
        String request = json(visit(null, PAIRED, anHourAgo(), List.of()));
        var pool = Executors.newSingleThreadExecutor();
        try (Connection blocker = dataSource.getConnection()) {
            // hold the enterprise's row: the first request stops there, in flight, until the blocker commits
            blocker.setAutoCommit(false);
            try (var lock = blocker.prepareStatement("SELECT 1 FROM enterprise WHERE uscc = ? FOR UPDATE")) {
                lock.setString(1, PAIRED);
                lock.executeQuery().close();
            }
            Future<VisitApi.Answer> first = pool.submit(() ->
                    api.post("/api/v1/visits", CADRE, request, "Idempotency-Key", key));
            // the first request holds its key (an advisory lock) while it waits for the enterprise's row
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                            + "AND datname = current_database()")
                    .query(Long.class).single() == 1);

            VisitApi.Answer meanwhile = api.post("/api/v1/visits", CADRE, request, "Idempotency-Key", key);

            assertThat(meanwhile.status()).isEqualTo(409);
            assertThat(meanwhile.problemType()).isEqualTo(PROBLEMS + "idempotency-key-in-flight");
            blocker.commit();
            VisitApi.Answer answer = first.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            VisitApi.Answer retry = api.post("/api/v1/visits", CADRE, request, "Idempotency-Key", key);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(answer.body());
            assertPublishedOnce(answer.body().get("visitId").asString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCadreIsRefusedOnAnEnterpriseNotPairedWithItWithoutLearningWhetherItExists() {
        VisitApi.Answer unpaired = api.post("/api/v1/visits", CADRE, json(visit(null, OTHER, anHourAgo(), List.of())));
        VisitApi.Answer unknown = api.post("/api/v1/visits", CADRE,
                json(visit(null, UNREGISTERED, anHourAgo(), List.of())));
        VisitApi.Answer otherCadre = api.post("/api/v1/visits", "cadre:c-99",
                json(visit(null, PAIRED, anHourAgo(), List.of())));
        // another cadre's visit id: a cadre paired would hear of its reuse, one not paired learns nothing of it
        String recorded = UUID.randomUUID().toString();
        assertThat(api.post("/api/v1/visits", CADRE, json(visit(recorded, PAIRED, anHourAgo(), List.of()))).status())
                .isEqualTo(201);
        VisitApi.Answer reusedByOther = api.post("/api/v1/visits", "cadre:c-99",
                json(visit(recorded, PAIRED, anHourAgo(), List.of())));

        assertThat(unpaired.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(otherCadre.status()).isEqualTo(403);
        assertThat(reusedByOther.status()).isEqualTo(403);
        assertThat(unpaired.body().get("detail").asString()).doesNotContain("not registered");
        assertThat(count("SELECT count(*) FROM visit WHERE uscc = ?", OTHER)).isZero();
        assertThat(api.get("/api/v1/enterprises/" + OTHER, CADRE).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/enterprises/" + UNREGISTERED, CADRE).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/visits", "admin", json(visit(null, PAIRED, anHourAgo(), List.of()))).status())
                .isEqualTo(403);
    }

    @Test
    void aVisitTimeInTheFutureOrBeyondTheBackEntryWindowIsRefused() {
        VisitApi.Answer future = api.post("/api/v1/visits", CADRE,
                json(visit(null, PAIRED, Instant.now().plus(Duration.ofMinutes(10)), List.of())));
        VisitApi.Answer tooOld = api.post("/api/v1/visits", CADRE,
                json(visit(null, PAIRED, Instant.now().minus(Duration.ofDays(91)), List.of())));
        VisitApi.Answer slightlyAhead = api.post("/api/v1/visits", CADRE,
                json(visit(null, PAIRED, Instant.now().plus(Duration.ofMinutes(2)), List.of())));

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.fields()).containsExactly("visitedAt");
        assertThat(future.reason("visitedAt")).contains("future");
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.reason("visitedAt")).contains("90 days");
        assertThat(slightlyAhead.status()).isEqualTo(201);
    }

    @Test
    void badInputIsA400NamingEachField() {
        String wrongCheck = UsccFixture.withWrongCheckCharacter(PAIRED);
        VisitApi.Answer answer = api.post("/api/v1/visits", CADRE, json(body("visitId", "v-1", "uscc", wrongCheck,
                "visitedAt", anHourAgo().toString(), "mode", "VIDEO", "summary", "走访",
                "issues", List.of(issue(null, "地".repeat(101), "需要用地", null)))));
        VisitApi.Answer unreadableTime = api.post("/api/v1/visits", CADRE, json(body("uscc", PAIRED,
                "visitedAt", "yesterday", "mode", "ON_SITE", "summary", "走访")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("visitId", "uscc", "mode", "issues[0].title");
        assertThat(answer.reason("uscc")).isEqualTo("check digit does not match");
        assertThat(answer.reason("issues[0].title")).contains("at most 100 characters");
        assertThat(unreadableTime.status()).isEqualTo(400);
        assertThat(unreadableTime.text()).contains("visitedAt");
    }

    @Test
    void aVisitWithoutIssuesIsNormalAndCounts() {
        long visitsBefore = count("SELECT visit_count FROM enterprise WHERE uscc = ?", PAIRED);
        VisitApi.Answer answer = api.post("/api/v1/visits", CADRE,
                json(body("uscc", PAIRED.toLowerCase(), "visitedAt", anHourAgo().toString(), "mode", "PHONE",
                        "summary", "电话回访，企业生产经营正常")));

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.body().get("issueIds")).isEmpty();
        String visitId = answer.body().get("visitId").asString();
        assertThat(count("SELECT visit_count FROM enterprise WHERE uscc = ?", PAIRED)).isEqualTo(visitsBefore + 1);
        assertThat(count("SELECT count(*) FROM enterprise e JOIN visit v ON v.uscc = e.uscc"
                + " WHERE v.visit_id = ?::uuid AND e.last_visited_at >= v.visited_at", visitId)).isEqualTo(1);
        EventEnvelope<VisitRecordedV1> recorded =
                events.awaitEvent(VisitRecordedV1.class, e -> e.data().visitId().equals(visitId));
        assertThat(recorded.data().issues()).isEmpty();
        assertThat(recorded.data().mode()).isEqualTo("PHONE");
        VisitApi.Answer file = api.get("/api/v1/enterprises/" + PAIRED, CADRE);
        assertThat(file.body().get("visits").valueStream().map(v -> v.get("visitId").asString()))
                .contains(visitId);
    }

    @Test
    void anIssueIdOfAnotherVisitIsRefused() {
        String issueId = UUID.randomUUID().toString();
        VisitApi.Answer first = api.post("/api/v1/visits", CADRE, json(visit(UUID.randomUUID().toString(), PAIRED,
                anHourAgo(), List.of(issue(issueId, "物流", "园区道路狭窄，货车进出困难。", "INFRA")))));
        String secondVisit = UUID.randomUUID().toString();
        long visitsBefore = count("SELECT visit_count FROM enterprise WHERE uscc = ?", PAIRED);
        VisitApi.Answer second = api.post("/api/v1/visits", CADRE, json(visit(secondVisit, PAIRED,
                anHourAgo(), List.of(issue(issueId, "物流", "园区道路狭窄，货车进出困难。", "INFRA")))));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.problemType()).isEqualTo(PROBLEMS + "issue-id-reused");
        assertThat(count("SELECT count(*) FROM visit WHERE visit_id = ?::uuid", secondVisit)).isZero();
        assertThat(count("SELECT visit_count FROM enterprise WHERE uscc = ?", PAIRED)).isEqualTo(visitsBefore);
    }

    @Test
    void visitsAreReadByTheirCadreAndByThoseWhoMayReadTheEnterpriseFile() {
        VisitApi.Answer recorded = api.post("/api/v1/visits", CADRE, json(visit(null, PAIRED, anHourAgo(),
                List.of(issue(null, "招工难", "一线技术工人缺口50人。", "LABOUR")))));
        String path = "/api/v1/visits/" + recorded.body().get("visitId").asString();

        VisitApi.Answer own = api.get(path, CADRE);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("enterpriseName").asString()).isEqualTo("台州市椒江精工机械有限公司");
        assertThat(own.body().get("issues").get(0).get("status").asString()).isEqualTo("RAISED");
        assertThat(api.get(path, "leader:331000").status()).isEqualTo(200);
        assertThat(api.get(path, "leader:331002").status()).isEqualTo(200);
        assertThat(api.get(path, "leader:331003").status()).isEqualTo(404);
        assertThat(api.get(path, "enterprise:" + PAIRED).status()).isEqualTo(200);
        assertThat(api.get(path, "enterprise:" + OTHER).status()).isEqualTo(404);
        assertThat(api.get(path, "cadre:c-99").status()).isEqualTo(404);
        assertThat(api.get(path, "officer:NRP").status()).isEqualTo(403);

        VisitApi.Answer history = api.get("/api/v1/cadres/c-17/visits?limit=2", CADRE);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().get("items")).hasSize(2);
        assertThat(history.body().get("items").get(0).get("enterpriseName").asString()).isNotBlank();
        VisitApi.Answer next = api.get("/api/v1/cadres/c-17/visits?limit=2&cursor="
                + history.body().get("nextCursor").asString(), CADRE);
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("items").get(0).get("visitId").asString())
                .isNotEqualTo(history.body().get("items").get(1).get("visitId").asString());
        assertThat(api.get("/api/v1/cadres/c-17/visits", "cadre:c-99").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cadres/c-17/visits", "admin").status()).isEqualTo(200);
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    private String visitIdOf(ConsumerRecord<String, byte[]> record) {
        try {
            EventEnvelope<?> event = events.decode(record);
            return event.data() instanceof VisitRecordedV1 recorded ? recorded.visitId() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The visit's event arrives, and in the two seconds after it no second one. */
    private void assertPublishedOnce(String visitId) {
        events.await(1, record -> visitId.equals(visitIdOf(record)), Duration.ofSeconds(30));
        events.assertNone(record -> false, Duration.ofSeconds(2)); // reads on for two seconds
        assertThat(events.received().stream().filter(record -> visitId.equals(visitIdOf(record)))).hasSize(1);
    }
}
