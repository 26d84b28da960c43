package gov.enterprise.visit.file;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.visit.EnterpriseFixture;
import gov.enterprise.visit.VisitApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Reading and searching enterprise files, each caller within what it may see. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseFileIT {

    static final String JIAOJIANG_PUMP = UsccFixture.code(201);
    static final String JIAOJIANG_AUTO = UsccFixture.code(202);
    static final String HUANGYAN_MOULD = UsccFixture.code(203);
    static final String WENLING_PUMP = UsccFixture.code(204);
    static final String LINHAI_PHARMA = UsccFixture.code(205);

    @Value("${local.server.port}")
    int port;

    VisitApi api;

    @BeforeAll
    void files() {
        api = new VisitApi(port);
        EnterpriseFixture.register(api, JIAOJIANG_PUMP, "台州市椒江新界泵业有限公司", "331002", "PUMP", "LISTED");
        EnterpriseFixture.register(api, JIAOJIANG_AUTO, "浙江吉利汽车零部件（台州）有限公司", "331002", "AUTO",
                "GAZELLE");
        EnterpriseFixture.register(api, HUANGYAN_MOULD, "台州市黄岩吉利模具厂", "331003", "MOULD");
        EnterpriseFixture.register(api, WENLING_PUMP, "温岭市利欧泵业股份有限公司", "331081", "PUMP", "LISTED",
                "HIDDEN_CHAMPION");
        EnterpriseFixture.register(api, LINHAI_PHARMA, "浙江华海药业股份有限公司", "331082", "PHARMA", "LISTED");
        EnterpriseFixture.pair(api, "c-7", JIAOJIANG_PUMP, WENLING_PUMP);
    }

    @Test
    void theFileShowsMasterDataCadresVisitsAndIssues() {
        VisitApi.Answer file = api.get("/api/v1/enterprises/" + JIAOJIANG_PUMP.toLowerCase(), "admin");

        assertThat(file.status()).isEqualTo(200);
        // the file changes with every visit and issue: no validator of the details alone may answer for it
        assertThat(file.header("ETag")).isNull();
        assertThat(file.body().get("enterprise").get("version").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/enterprises/" + JIAOJIANG_PUMP, "admin", "If-None-Match", "\"1\"").status())
                .isEqualTo(200);
        assertThat(file.body().get("enterprise").get("name").asString()).isEqualTo("台州市椒江新界泵业有限公司");
        assertThat(file.body().get("enterprise").get("contact").get("phone").asString()).isEqualTo("0576-88123456");
        assertThat(file.body().get("cadreIds").valueStream().map(JsonNode::asString)).containsExactly("c-7");
        assertThat(file.body().get("visitCount").asLong()).isZero();
        assertThat(file.body().get("visits")).isEmpty();
        assertThat(file.body().get("issues")).isEmpty();
    }

    @Test
    void eachCallerReadsOnlyTheFilesItMaySeeAndOthersLookUnknown() {
        String path = "/api/v1/enterprises/" + JIAOJIANG_PUMP;

        assertThat(api.get(path, "cadre:c-7").status()).isEqualTo(200);
        assertThat(api.get(path, "cadre:c-8").status()).isEqualTo(404);
        assertThat(api.get(path, "leader:331002").status()).isEqualTo(200);
        assertThat(api.get(path, "leader:331000").status()).isEqualTo(200);
        assertThat(api.get(path, "leader:330000").status()).isEqualTo(200);
        assertThat(api.get(path, "leader:331003").status()).isEqualTo(404);
        assertThat(api.get(path, "enterprise:" + JIAOJIANG_PUMP).status()).isEqualTo(200);
        assertThat(api.get(path, "enterprise:" + JIAOJIANG_AUTO).status()).isEqualTo(404);
        assertThat(api.get(path, "officer:NRP").status()).isEqualTo(403);
        assertThat(api.get(path, "operator:op-1").status()).isEqualTo(403);
        VisitApi.Answer unknown = api.get("/api/v1/enterprises/" + UsccFixture.code(299), "cadre:c-8");
        VisitApi.Answer hidden = api.get(path, "cadre:c-8");
        assertThat(unknown.status()).isEqualTo(hidden.status());
        assertThat(hidden.body().get("detail").asString()).isEqualTo("No enterprise " + JIAOJIANG_PUMP);
        assertThat(api.get("/api/v1/enterprises/123", "admin").fields()).containsExactly("uscc");
    }

    @Test
    void aChineseNameFragmentFindsEnterprisesWhateverItsLength() {
        assertThat(names(search("q=" + encode("吉利"), "admin")))
                .containsExactly("台州市黄岩吉利模具厂", "浙江吉利汽车零部件（台州）有限公司");
        assertThat(names(search("q=" + encode("泵业"), "admin"))).hasSize(2);
        assertThat(names(search("q=" + encode("药"), "admin"))).containsExactly("浙江华海药业股份有限公司");
        assertThat(names(search("q=" + encode("椒江新界泵业"), "admin"))).containsExactly("台州市椒江新界泵业有限公司");
        assertThat(names(search("q=" + encode("吉利药"), "admin"))).isEmpty();
    }

    @Test
    void filtersCombineAndARegionIncludesItsSubRegions() {
        assertThat(names(search("regionCode=331002", "admin"))).hasSize(2);
        assertThat(names(search("regionCode=331000", "admin"))).hasSize(5);
        assertThat(names(search("cluster=PUMP&tag=LISTED", "admin")))
                .containsExactly("台州市椒江新界泵业有限公司", "温岭市利欧泵业股份有限公司");
        assertThat(names(search("tag=HIDDEN_CHAMPION&regionCode=331081", "admin")))
                .containsExactly("温岭市利欧泵业股份有限公司");
        assertThat(names(search("q=" + encode("泵") + "&regionCode=331002", "admin")))
                .containsExactly("台州市椒江新界泵业有限公司");
        VisitApi.Answer bad = search("regionCode=999999&cluster=CARS&tag=X", "admin");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("regionCode", "cluster", "tag");
        assertThat(search("scale=HUGE", "admin").status()).isEqualTo(400);
    }

    @Test
    void searchesStayWithinWhatTheCallerMaySee() {
        assertThat(names(search("", "cadre:c-7"))).hasSize(2);
        assertThat(names(search("regionCode=331002", "cadre:c-7"))).containsExactly("台州市椒江新界泵业有限公司");
        assertThat(names(search("", "leader:331002"))).hasSize(2);
        assertThat(names(search("", "leader:331000"))).hasSize(5);
        assertThat(names(search("", "enterprise:" + LINHAI_PHARMA))).containsExactly("浙江华海药业股份有限公司");
        assertThat(search("", "officer:NRP").status()).isEqualTo(403);
    }

    @Test
    void keysetPagesListEveryEnterpriseOnceInNameOrder() {
        var seen = new ArrayList<String>();
        String cursor = null;
        do {
            VisitApi.Answer page = search("limit=2" + (cursor == null ? "" : "&cursor=" + cursor), "admin");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().get("items").size()).isLessThanOrEqualTo(2);
            seen.addAll(names(page));
            JsonNode next = page.body().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);

        assertThat(seen).hasSize(5).doesNotHaveDuplicates().isSorted();
        assertThat(search("cursor=not-a-cursor", "admin").fields()).containsExactly("cursor");
        assertThat(names(search("limit=2&cursor=", "admin"))).as("an empty cursor is the first page")
                .isEqualTo(seen.subList(0, 2));
        assertThat(search("limit=0", "admin").fields()).containsExactly("limit");
    }

    private VisitApi.Answer search(String query, String subject) {
        return api.get("/api/v1/enterprises?" + query, subject);
    }

    private static List<String> names(VisitApi.Answer page) {
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.body().get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
