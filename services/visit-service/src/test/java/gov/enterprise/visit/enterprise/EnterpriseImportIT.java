package gov.enterprise.visit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.contracts.Topics;
import gov.enterprise.security.fixture.UsccFixture;
import gov.enterprise.testsupport.EventProbe;
import gov.enterprise.testsupport.IntegrationTest;
import gov.enterprise.testsupport.TestEnvironment;
import gov.enterprise.visit.VisitApi;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Bulk import of spreadsheet exports: valid rows in, invalid rows reported by line, a re-import changes nothing. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// a keyed request's body limit far below the files imported here, so that a file larger than it is cheap to send
@TestPropertySource(properties = "ticketing.idempotency.max-body-bytes=65536")
class EnterpriseImportIT {

    static final Charset GB18030 = Charset.forName("GB18030");

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;

    VisitApi api;
    EventProbe events;

    @BeforeAll
    void client() {
        api = new VisitApi(port);
        events = env.probe(Topics.VISIT_EVENTS);
    }

    /** Thousands of valid rows and some invalid ones, as an export from a Chinese spreadsheet would hold them. */
    static String exportWithInvalidRows(int first, int valid) {
        String rows = IntStream.range(first, first + valid)
                .mapToObj(i -> UsccFixture.code(i) + ",台州市第" + i + "号制造有限公司,331002,PUMP,ABOVE_SCALE,SPECIALISED;LISTED,"
                        + "李经理,0576-8800" + String.format("%04d", i % 10_000))
                .collect(Collectors.joining("\r\n"));
        return "uscc,name,regionCode,cluster,scale,tags,contactName,contactPhone\r\n" + rows + "\r\n"
                // line valid+2: wrong check digit
                + UsccFixture.withWrongCheckCharacter(UsccFixture.code(first + valid))
                + ",坏代码企业,331002,PUMP,ABOVE_SCALE,,,\r\n"
                // line valid+3: unknown region and cluster, a quoted name with a comma
                + UsccFixture.code(first + valid + 1) + ",\"台州市某某,有限公司\",999999,CARS,ABOVE_SCALE,,,\r\n"
                // line valid+4: the first row's code again
                + UsccFixture.code(first) + ",重复企业,331002,PUMP,BELOW_SCALE,,,\r\n"
                // line valid+5: line valid+3's code again, this time in a row that is valid in itself
                + UsccFixture.code(first + valid + 1) + ",台州市某某有限公司,331002,PUMP,ABOVE_SCALE,,,\r\n";
    }

    @Test
    void validRowsAreImportedInvalidOnesReportedByLineAndAReImportChangesNothing() {
        byte[] file = exportWithInvalidRows(10_000, 2_000).getBytes(StandardCharsets.UTF_8);
        Set<String> imported = IntStream.range(10_000, 12_000).mapToObj(UsccFixture::code).collect(Collectors.toSet());

        VisitApi.Answer first = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("rows").asInt()).isEqualTo(2_004);
        assertThat(first.body().get("registered").asInt()).isEqualTo(2_000);
        JsonNode rejected = first.body().get("rejected");
        assertThat(rejected.valueStream().map(row -> row.get("line").asInt()))
                .containsExactly(2_002, 2_003, 2_004, 2_005);
        assertThat(rejected.get(0).get("errors").get(0).get("field").asString()).isEqualTo("uscc");
        assertThat(rejected.get(0).get("errors").get(0).get("reason").asString()).isEqualTo("check digit does not match");
        assertThat(rejected.get(1).get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("regionCode", "cluster");
        assertThat(rejected.get(2).get("errors").get(0).get("reason").asString()).contains("already on line 2");
        assertThat(rejected.get(3).get("errors").get(0).get("reason").asString())
                .as("a code repeated after a rejected line is still a repeat").contains("already on line 2003");
        events.await(2_000, record -> imported.contains(record.key()), Duration.ofSeconds(60));

        VisitApi.Answer again = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file);

        assertThat(again.body().get("registered").asInt()).isZero();
        assertThat(again.body().get("changed").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(2_000);
        assertThat(again.body().get("rejected")).hasSize(4);
        events.assertNone(record -> false, Duration.ofSeconds(2));
        assertThat(events.received().stream().filter(record -> imported.contains(record.key())))
                .hasSize(2_000);
        assertThat(jdbc.sql("SELECT max(version) FROM enterprise WHERE uscc = ANY (?)")
                .param(imported.toArray(String[]::new)).query(Long.class).single()).isEqualTo(1);
    }

    /** Two administrators importing the same new enterprises at once, listed in opposite orders. */
    @Test
    void importsOfTheSameNewCodesAtOnceBothSucceed() throws Exception {
        List<String> rows = IntStream.range(120_000, 120_400).mapToObj(i -> UsccFixture.code(i) + ",台州市第" + i
                + "号泵业有限公司,331002,PUMP,ABOVE_SCALE,,,").toList();
        String header = "uscc,name,regionCode,cluster,scale,tags,contactName,contactPhone\r\n";
        byte[] ascending = (header + String.join("\r\n", rows)).getBytes(StandardCharsets.UTF_8);
        byte[] descending = (header + String.join("\r\n", rows.reversed())).getBytes(StandardCharsets.UTF_8);
        var start = new CountDownLatch(1);
        var admins = Executors.newFixedThreadPool(2);
        var answers = new ArrayList<Future<VisitApi.Answer>>();
        for (byte[] file : List.of(ascending, descending)) {
            answers.add(admins.submit(() -> {
                start.await();
                return api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file);
            }));
        }
        start.countDown();
        int registered = 0;
        for (Future<VisitApi.Answer> answer : answers) {
            VisitApi.Answer imported = answer.get(60, TimeUnit.SECONDS);
            assertThat(imported.status()).as(imported.text()).isEqualTo(200);
            assertThat(imported.body().get("registered").asInt() + imported.body().get("unchanged").asInt())
                    .isEqualTo(400);
            registered += imported.body().get("registered").asInt();
        }
        admins.shutdown();

        assertThat(registered).as("each enterprise registered once, by one of the imports").isEqualTo(400);
    }

    /** The import is idempotent by itself; its files are larger than a request with a key may be. */
    @Test
    void anIdempotencyKeyDoesNotStopAFileLargerThanAKeyedRequestMayBe() {
        byte[] file = exportWithInvalidRows(80_000, 1_000).getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(65_536);

        VisitApi.Answer first = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file,
                "Idempotency-Key", "import-1");
        VisitApi.Answer again = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file,
                "Idempotency-Key", "import-1");

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("registered").asInt()).isEqualTo(1_000);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("registered").asInt()).as("the same file again changes nothing").isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(1_000);
    }

    @Test
    void aGb18030ExportWithChineseHeadersAndNamesIsRead() {
        String csv = "统一社会信用代码,企业名称,所属区域,产业集群,规模,标签,联系人,联系电话\n"
                + UsccFixture.code(30_001) + ",台州市黄岩智能马桶有限公司,黄岩区,智能马桶,规上,专精特新中小企业、瞪羚企业,张三,13800000000\n"
                + UsccFixture.code(30_002) + ",台州市路桥缝制设备有限公司,331004,SEWING,规下,,,\n";

        VisitApi.Answer answer = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv",
                csv.getBytes(GB18030));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().get("registered").asInt()).isEqualTo(2);
        VisitApi.Answer file = api.get("/api/v1/enterprises/" + UsccFixture.code(30_001), "admin");
        assertThat(file.body().get("enterprise").get("name").asString()).isEqualTo("台州市黄岩智能马桶有限公司");
        assertThat(file.body().get("enterprise").get("regionCode").asString()).isEqualTo("331003");
        assertThat(file.body().get("enterprise").get("cluster").asString()).isEqualTo("SANITARY");
        assertThat(file.body().get("enterprise").get("scale").asString()).isEqualTo("ABOVE_SCALE");
        assertThat(file.body().get("enterprise").get("tags").valueStream().map(JsonNode::asString))
                .containsExactly("GAZELLE", "SPECIALISED");
    }

    @Test
    void aUtf8ExportWithAByteOrderMarkIsReadAndAChangedRowIsAChange() {
        String header = "uscc,name,regionCode,cluster,scale\n";
        String before = header + UsccFixture.code(40_001) + ",台州市玉环阀门有限公司,331083,OTHER,BELOW_SCALE\n";
        String after = header + UsccFixture.code(40_001) + ",台州市玉环阀门股份有限公司,331083,OTHER,ABOVE_SCALE\n";

        api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", ("\uFEFF" + before).getBytes(StandardCharsets.UTF_8));
        VisitApi.Answer changed = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv",
                ("\uFEFF" + after).getBytes(StandardCharsets.UTF_8));

        assertThat(changed.body().get("changed").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/enterprises/" + UsccFixture.code(40_001), "admin").body().get("enterprise")
                .get("scale").asString()).isEqualTo("ABOVE_SCALE");
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsA400AndImportsNothing() {
        VisitApi.Answer noColumns = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv",
                ("name,cluster\n台州,AUTO\n").getBytes(StandardCharsets.UTF_8));
        VisitApi.Answer brokenHeader = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv",
                ("uscc,\"name,regionCode,cluster,scale\n" + UsccFixture.code(50_001) + ",台州,331002,AUTO,ABOVE_SCALE\n")
                        .getBytes(StandardCharsets.UTF_8));
        VisitApi.Answer notText = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv; charset=UTF-8",
                "uscc,name\n台州".getBytes(GB18030));

        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.fields()).containsOnly("file");
        assertThat(noColumns.text()).contains("uscc").contains("regionCode").contains("scale");
        assertThat(brokenHeader.status()).isEqualTo(400);
        assertThat(brokenHeader.reason("file"))
                .isEqualTo("line 1 (the header): a quoted field opened on line 1 is never closed");
        assertThat(notText.status()).isEqualTo(400);
        VisitApi.Answer empty = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.reason("file")).startsWith("is empty");
        assertThat(api.postBytes("/api/v1/enterprises/import", "cadre:c-1", "text/csv", new byte[0]).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc = ?").param(UsccFixture.code(50_001))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMalformedRowIsReportedByLineAndTheRestOfTheFileIsStillImported() {
        String csv = "uscc,name,regionCode,cluster,scale,tags,contactName,contactPhone\r\n"
                + UsccFixture.code(60_001) + ",台州市椒江第一机电有限公司,331002,PUMP,ABOVE_SCALE,,,\r\n"
                + UsccFixture.code(60_002) + ",台州市椒江第二机电有限公司,331002,PUMP,ABOVE_SCALE,,,\r\n"
                // line 4: text after a closing quote
                + UsccFixture.code(60_003) + ",\"台州市\"椒江机电有限公司,331002,PUMP,ABOVE_SCALE,,,\r\n"
                // line 5: too few fields
                + UsccFixture.code(60_004) + ",台州市少字段有限公司,331002,PUMP\r\n"
                // line 6: a stray quote, which line 8's opening quote would close
                + UsccFixture.code(60_005) + ",\"台州市椒江引号有限公司,331002,PUMP,ABOVE_SCALE,,,\r\n"
                + UsccFixture.code(60_006) + ",台州市椒江第三机电有限公司,331002,PUMP,ABOVE_SCALE,,,\r\n"
                + UsccFixture.code(60_007) + ",\"台州市椒江,第四机电有限公司\",331002,PUMP,ABOVE_SCALE,,,\r\n"
                // line 9: a stray quote never closed
                + UsccFixture.code(60_008) + ",台州市椒江第五机电有限公司,331002,PUMP,ABOVE_SCALE,,\"李经理,\r\n"
                + UsccFixture.code(60_009) + ",台州市椒江第六机电有限公司,331002,PUMP,ABOVE_SCALE,,,\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        Set<String> imported = Set.of(UsccFixture.code(60_001), UsccFixture.code(60_002), UsccFixture.code(60_006),
                UsccFixture.code(60_007), UsccFixture.code(60_009));

        VisitApi.Answer first = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("rows").asInt()).isEqualTo(9);
        assertThat(first.body().get("registered").asInt()).isEqualTo(5);
        JsonNode rejected = first.body().get("rejected");
        assertThat(rejected.valueStream().map(row -> row.get("line").asInt())).containsExactly(4, 5, 6, 9);
        assertThat(rejected.valueStream().map(row -> row.get("errors").get(0).get("field").asString()))
                .containsExactly("name", "row", "name", "contactName");
        assertThat(rejected.valueStream().map(row -> row.get("errors").get(0).get("reason").asString()))
                .containsExactly("unexpected text after the closing quote of a field opened on line 4",
                        "4 fields, but the header has 8",
                        "unexpected text after the closing quote of a field opened on line 6 and closed on line 8",
                        "a quoted field opened on line 9 is never closed");
        assertThat(rejected.valueStream().map(row -> row.get("uscc").asString())).containsExactly(
                UsccFixture.code(60_003), UsccFixture.code(60_004), UsccFixture.code(60_005), UsccFixture.code(60_008));
        assertThat(api.get("/api/v1/enterprises/" + UsccFixture.code(60_007), "admin").body().get("enterprise")
                .get("name").asString()).isEqualTo("台州市椒江,第四机电有限公司");
        events.await(5, record -> imported.contains(record.key()), Duration.ofSeconds(30));

        VisitApi.Answer again = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file);

        assertThat(again.body().get("registered").asInt()).isZero();
        assertThat(again.body().get("changed").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(5);
        assertThat(again.body().get("rejected")).isEqualTo(rejected);
        events.assertNone(record -> false, Duration.ofSeconds(2));
        Set<String> inTheFile = IntStream.rangeClosed(60_001, 60_009).mapToObj(UsccFixture::code)
                .collect(Collectors.toSet());
        assertThat(events.received().stream().filter(record -> inTheFile.contains(record.key())))
                .extracting(record -> record.key()).containsExactlyInAnyOrderElementsOf(imported);
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc = ANY (?)")
                .param(inTheFile.toArray(String[]::new)).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT max(version) FROM enterprise WHERE uscc = ANY (?)")
                .param(imported.toArray(String[]::new)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aGb18030ExportWithOneMalformedRowImportsTheOthers() {
        String csv = "统一社会信用代码,企业名称,所属区域,产业集群,规模,标签,联系人,联系电话\r\n"
                + UsccFixture.code(70_001) + ",台州市温岭泵业有限公司,温岭市,泵与电机,规上,,王经理,13900000001\r\n"
                + UsccFixture.code(70_002) + ",\"台州市温岭\"水泵\"有限公司,温岭市,泵与电机,规上,,,\r\n"
                + UsccFixture.code(70_003) + ",台州市温岭电机有限公司,温岭市,泵与电机,规下,瞪羚企业,,\r\n";
        byte[] file = csv.getBytes(GB18030);

        VisitApi.Answer first = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("rows").asInt()).isEqualTo(3);
        assertThat(first.body().get("registered").asInt()).isEqualTo(2);
        assertThat(first.body().get("rejected")).singleElement().satisfies(row -> {
            assertThat(row.get("line").asInt()).isEqualTo(3);
            assertThat(row.get("uscc").asString()).isEqualTo(UsccFixture.code(70_002));
            assertThat(row.get("errors").get(0).get("field").asString()).isEqualTo("name");
            assertThat(row.get("errors").get(0).get("reason").asString())
                    .isEqualTo("unexpected text after the closing quote of a field opened on line 3");
        });
        assertThat(api.get("/api/v1/enterprises/" + UsccFixture.code(70_003), "admin").body().get("enterprise")
                .get("name").asString()).isEqualTo("台州市温岭电机有限公司");

        VisitApi.Answer again = api.postBytes("/api/v1/enterprises/import", "admin", "text/csv", file);

        assertThat(again.body().get("registered").asInt()).isZero();
        assertThat(again.body().get("changed").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.body().get("rejected")).isEqualTo(first.body().get("rejected"));
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc = ANY (?)")
                .param(new String[] {UsccFixture.code(70_001), UsccFixture.code(70_002), UsccFixture.code(70_003)})
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT max(version) FROM enterprise WHERE uscc = ANY (?)")
                .param(new String[] {UsccFixture.code(70_001), UsccFixture.code(70_003)})
                .query(Long.class).single()).isEqualTo(1);
    }
}
