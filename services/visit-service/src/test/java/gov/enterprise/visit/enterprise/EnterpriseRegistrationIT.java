package gov.enterprise.visit.enterprise;

import static gov.enterprise.visit.EnterpriseFixture.enterprise;
import static gov.enterprise.visit.VisitApi.PROBLEMS;
import static gov.enterprise.visit.VisitApi.body;
import static gov.enterprise.visit.VisitApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.Topics;
import gov.enterprise.contracts.envelope.EventEnvelope;
import gov.enterprise.contracts.visit.EnterpriseChangedV1;
import gov.enterprise.contracts.visit.EnterprisePairingChangedV1;
import gov.enterprise.contracts.visit.EnterpriseRegisteredV1;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import gov.enterprise.visit.EnterpriseFixture;
import gov.enterprise.visit.VisitApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Administrators open, correct and pair enterprise files; every real change is published once on visit.events. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseRegistrationIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestEnvironment env;

    VisitApi api;
    EventProbe events;

    @BeforeAll
    void client() {
        api = new VisitApi(port);
        events = env.probe(Topics.VISIT_EVENTS);
    }

    @Test
    void registeringAnEnterprisePublishesItsFactsAndARepeatAnswersTheSameWithoutAnotherEvent() {
        String uscc = UsccFixture.code(1);
        String request = json(enterprise(uscc.toLowerCase(), "台州市椒江永安机电有限公司", "331002", "PUMP",
                "SPECIALISED", "HIGH_TECH"));

        VisitApi.Answer first = api.post("/api/v1/enterprises", "admin", request);
        VisitApi.Answer again = api.post("/api/v1/enterprises", "admin", request);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/v1/enterprises/" + uscc);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(first.body().get("uscc").asString()).isEqualTo(uscc);
        assertThat(first.body().get("tags").valueStream().map(tag -> tag.asString()))
                .containsExactly("HIGH_TECH", "SPECIALISED");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        EventEnvelope<EnterpriseRegisteredV1> registered =
                events.awaitEvent(EnterpriseRegisteredV1.class, e -> e.subject().equals(uscc));
        assertThat(registered.data().enterprise().regionCode()).isEqualTo("331002");
        assertThat(registered.data().enterprise().cluster()).isEqualTo("PUMP");
        assertThat(registered.data().enterprise().scale()).isEqualTo("ABOVE_SCALE");
        assertThat(registered.data().name()).isEqualTo("台州市椒江永安机电有限公司");
        events.assertNone(record -> false, Duration.ofSeconds(1));
        assertThat(events.received().stream().filter(record -> uscc.equals(record.key()))).hasSize(1);
        assertThat(first.body().get("contact").get("name").asString()).isEqualTo("王经理");

        // a file with no contact says so, not a contact whose name and phone are null
        var withoutContact = enterprise(UsccFixture.code(61), "台州市椒江无联系人有限公司", "331002", "PUMP");
        withoutContact.remove("contact");
        VisitApi.Answer none = api.post("/api/v1/enterprises", "admin", json(withoutContact));
        assertThat(none.status()).as(none.text()).isEqualTo(201);
        assertThat(none.body().get("contact").isNull()).isTrue();
        var file = api.get("/api/v1/enterprises/" + UsccFixture.code(61), "admin").body();
        assertThat(file.get("enterprise").get("contact").isNull()).isTrue();
    }

    @Test
    void otherDetailsUnderARegisteredCodeAreAConflict() {
        String uscc = UsccFixture.code(2);
        EnterpriseFixture.register(api, uscc, "台州市路桥塑料制品厂", "331004", "MOULD");

        VisitApi.Answer answer = api.post("/api/v1/enterprises", "admin",
                json(enterprise(uscc, "另一家企业", "331004", "MOULD")));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo(PROBLEMS + "enterprise-exists");
    }

    @Test
    void anInvalidCheckDigitIsRefusedNamingTheFieldAndTheReason() {
        String wrong = UsccFixture.withWrongCheckCharacter(UsccFixture.code(3));

        VisitApi.Answer answer = api.post("/api/v1/enterprises", "admin",
                json(enterprise(wrong, "台州市某企业", "331002", "AUTO")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.fields()).containsExactly("uscc");
        assertThat(answer.reason("uscc")).isEqualTo("check digit does not match");
        assertThat(api.get("/api/v1/enterprises/" + UsccFixture.code(3), "admin").status()).isEqualTo(404);
    }

    @Test
    void everyFaultOfTheBodyIsNamed() {
        Map<String, Object> bad = body("uscc", UsccFixture.code("94", "331002", "12345678"), "name", "",
                "regionCode", "999999", "cluster", "CARS", "scale", "HUGE", "tags", List.of("GAZELLE", "FAMOUS"));

        VisitApi.Answer answer = api.post("/api/v1/enterprises", "admin", json(bad));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("uscc", "name", "regionCode", "cluster", "scale", "tags[1]");
        assertThat(answer.reason("uscc")).contains("organisation type '4'");
        assertThat(answer.reason("tags[1]")).contains("FAMOUS");
    }

    @Test
    void aChangeIsPublishedWithTheWholeNewStateAndAChangeThatChangesNothingIsNot() {
        String uscc = UsccFixture.code(4);
        EnterpriseFixture.register(api, uscc, "台州市黄岩塑料模具有限公司", "331003", "MOULD");
        Map<String, Object> changed = enterprise(uscc, "台州市黄岩精密模具股份有限公司", "331003", "MOULD", "LISTED");

        VisitApi.Answer answer = api.put("/api/v1/enterprises/" + uscc, "admin", json(changed));
        VisitApi.Answer same = api.put("/api/v1/enterprises/" + uscc, "admin", json(changed));
        VisitApi.Answer stale = api.put("/api/v1/enterprises/" + uscc, "admin",
                json(enterprise(uscc, "又一个名字", "331003", "MOULD")), "If-Match", "\"1\"");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo("\"2\"");
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        VisitApi.Answer weak = api.put("/api/v1/enterprises/" + uscc, "admin",
                json(enterprise(uscc, "又一个名字", "331003", "MOULD")), "If-Match", "W/\"2\"");
        assertThat(weak.status()).as("If-Match compares strongly: a weak tag never matches").isEqualTo(412);
        assertThat(weak.body().get("detail").asString()).contains("a weak tag such as W/\"3\" never matches");
        VisitApi.Answer notATag = api.put("/api/v1/enterprises/" + uscc, "admin",
                json(enterprise(uscc, "又一个名字", "331003", "MOULD")), "If-Match", "2;");
        assertThat(notATag.status()).isEqualTo(400);
        assertThat(notATag.fields()).containsExactly("If-Match");
        EventEnvelope<EnterpriseChangedV1> event =
                events.awaitEvent(EnterpriseChangedV1.class, e -> e.subject().equals(uscc));
        assertThat(event.data().name()).isEqualTo("台州市黄岩精密模具股份有限公司");
        assertThat(event.data().tags()).containsExactly("LISTED");
        events.assertNone(record -> false, Duration.ofSeconds(1));
        assertThat(events.received().stream().filter(record -> uscc.equals(record.key()))).hasSize(2);
        assertThat(api.put("/api/v1/enterprises/" + UsccFixture.code(5), "admin",
                json(enterprise(UsccFixture.code(5), "不存在", "331003", "MOULD"))).status()).isEqualTo(404);
    }

    @Test
    void pairingsPublishEachChangedEnterpriseWithAllItsCadresAndARepeatPublishesNothing() {
        String a = UsccFixture.code(11);
        String b = UsccFixture.code(12);
        String c = UsccFixture.code(13);
        EnterpriseFixture.register(api, a, "台州市温岭泵业有限公司", "331081", "PUMP");
        EnterpriseFixture.register(api, b, "台州市温岭电机有限公司", "331081", "PUMP");
        EnterpriseFixture.register(api, c, "台州市温岭鞋业有限公司", "331081", "OTHER");
        EnterpriseFixture.pair(api, "c-1", a, b);
        EnterpriseFixture.pair(api, "c-2", b);

        VisitApi.Answer change = api.put("/api/v1/cadres/c-1/enterprises", "admin",
                json(body("usccs", List.of(b.toLowerCase(), c))));
        VisitApi.Answer repeat = api.put("/api/v1/cadres/c-1/enterprises", "admin",
                json(body("usccs", List.of(c, b))));

        assertThat(change.status()).isEqualTo(200);
        assertThat(change.body().get("added").valueStream().map(v -> v.asString())).containsExactly(c);
        assertThat(change.body().get("removed").valueStream().map(v -> v.asString())).containsExactly(a);
        assertThat(repeat.body().get("added")).isEmpty();
        List<EventEnvelope<EnterprisePairingChangedV1>> pairings = events.awaitEvents(5,
                EnterprisePairingChangedV1.class, e -> List.of(a, b, c).contains(e.subject()), Duration.ofSeconds(30));
        // in order per enterprise (its key); enterprises are not ordered against each other
        Map<String, List<List<String>>> byEnterprise = pairings.stream().collect(Collectors.groupingBy(
                EventEnvelope::subject, Collectors.mapping(e -> e.data().cadreIds(), Collectors.toList())));
        assertThat(byEnterprise).containsOnly(
                Map.entry(a, List.of(List.of("c-1"), List.of())),
                Map.entry(b, List.of(List.of("c-1"), List.of("c-1", "c-2"))),
                Map.entry(c, List.of(List.of("c-1"))));
        events.assertNone(record -> false, Duration.ofSeconds(1));
        assertThat(events.received().stream()
                .filter(record -> List.of(a, b, c).contains(record.key()))
                .filter(record -> EventProbe.header(record, "ce_type").endsWith("pairing-changed.v1")))
                .hasSize(5);
        assertThat(api.get("/api/v1/cadres/c-1/enterprises", "cadre:c-1").body().get("usccs")
                .valueStream().map(v -> v.asString())).containsExactly(b, c);
        assertThat(api.get("/api/v1/cadres/c-1/enterprises", "cadre:c-2").status()).isEqualTo(403);
    }

    @Test
    void replacementsOfOnePortfolioAtOnceAreAppliedOneAfterTheOther() throws Exception {
        List<String> codes = IntStream.rangeClosed(41, 46).mapToObj(UsccFixture::code).toList();
        for (String code : codes) {
            EnterpriseFixture.register(api, code, "台州市黄岩模具" + code.substring(14) + "厂", "331003", "MOULD");
        }
        var start = new CountDownLatch(1);
        var admins = Executors.newFixedThreadPool(codes.size());
        var answers = new ArrayList<Future<VisitApi.Answer>>();
        for (String code : codes) {
            answers.add(admins.submit(() -> {
                start.await();
                return api.put("/api/v1/cadres/c-race/enterprises", "admin", json(body("usccs", List.of(code))));
            }));
        }
        start.countDown();
        for (Future<VisitApi.Answer> answer : answers) {
            VisitApi.Answer replaced = answer.get(30, TimeUnit.SECONDS);
            assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        }
        admins.shutdown();

        assertThat(api.get("/api/v1/cadres/c-race/enterprises", "admin").body().get("usccs")
                .valueStream().map(v -> v.asString()).toList())
                .as("the last replacement's enterprise alone, not all of them").hasSize(1).isSubsetOf(codes);
    }

    @Test
    void pairingWithAnUnregisteredOrMalformedCodeIsRefusedAndChangesNothing() {
        String known = UsccFixture.code(21);
        EnterpriseFixture.register(api, known, "台州市临海医化有限公司", "331082", "PHARMA");

        VisitApi.Answer answer = api.put("/api/v1/cadres/c-5/enterprises", "admin",
                json(body("usccs", List.of(known, UsccFixture.code(22), "123"))));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("usccs[2]");
        VisitApi.Answer unknown = api.put("/api/v1/cadres/c-5/enterprises", "admin",
                json(body("usccs", List.of(known, UsccFixture.code(22)))));
        assertThat(unknown.fields()).containsExactly("usccs[1]");
        assertThat(api.get("/api/v1/cadres/c-5/enterprises", "admin").body().get("usccs")).isEmpty();
        assertThat(api.put("/api/v1/cadres/bad id/enterprises".replace(" ", "%20"), "admin",
                json(body("usccs", List.of()))).fields()).containsExactly("cadreId");
    }

    @Test
    void onlyAdministratorsManageEnterprisesAndPairings() {
        String uscc = UsccFixture.code(31);
        String request = json(enterprise(uscc, "台州市三门海产品有限公司", "331022", "OTHER"));

        assertThat(api.post("/api/v1/enterprises", "cadre:c-1", request).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/enterprises", "leader:331000", request).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/enterprises", "enterprise:" + uscc, request).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/enterprises", null, request).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/cadres/c-1/enterprises", "cadre:c-1", json(body("usccs", List.of()))).status())
                .isEqualTo(403);
    }
}
