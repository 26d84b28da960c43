package gov.enterprise.oversight;

import static gov.enterprise.oversight.FigureAssert.hasFigures;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.testsupport.TestEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every figure of brief §1 and §4, computed by the service from events fed through the real broker and compared
 * with the values worked out by hand for {@link TaizhouCampaign} (docs/metrics.md gives each definition). The
 * campaign includes redelivered events and an issue whose ticket events arrive before the issue itself.
 */
@OversightIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresIT {

    static final String CITY_LEADER = "leader:331000";
    static final String OCTOBER = "from=2026-10-01&to=2026-10-31";

    @Autowired
    TestEnvironment env;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    OversightApi api;

    @BeforeAll
    void feedTheCampaign() {
        api = new OversightApi(port);
        var delivery = new Delivery(env, jdbc);
        var batches = TaizhouCampaign.batches();
        delivery.publishAndAwait(batches.get(0));
        // I10's ticket has been read before its issue: it already counts, on its report day
        assertThat(api.json("/api/v1/oversight/summary?from=2026-10-12&to=2026-10-12", CITY_LEADER)
                .path("issuesCollected").asLong()).isEqualTo(1);
        delivery.publishAndAwait(batches.get(1));
    }

    @Test
    void octoberFiguresFollowTheirDefinitions() {
        JsonNode summary = api.json("/api/v1/oversight/summary?" + OCTOBER, CITY_LEADER);

        hasFigures(summary,
                "enterprisesVisited", 3, "visits", 4,
                "issuesCollected", 8,           // I1-I10 reported in October, less the confirmed duplicate I5
                "handled", 6,                   // I1 closed, I2 resolved, I4 accepted, I7 suspended, I9, I10
                "resolved", 3, "solved", 2,     // I1, I2, I10 answered; I2 only explained
                "pending", 1, "rejected", 1,    // I3 never accepted; I6 rejected by triage
                "handledRate", 0.75, "resolvedRate", 0.375, "solvedRate", 0.25,
                "overdue", 2,                   // I3 and I4: red lights on open tickets
                "closed", 2, "closedOnTime", 1, "closedOnTimeExtended", 1, "closedOverdue", 0, "onTimeRate", 1.0,
                "satisfied", 1, "basicallySatisfied", 1, "dissatisfied", 0, "closedByDefault", 1,
                "satisfactionRate", 1.0, "averageWorkingDaysToResolve", 6.0);
        assertThat(summary.path("query").path("from").asString()).isEqualTo("2026-10-01");
    }

    @Test
    void withoutAPeriodEveryIssueCountsAndRatesFollow() {
        JsonNode summary = api.json("/api/v1/oversight/summary", CITY_LEADER);

        hasFigures(summary, "enterprisesVisited", 3, "visits", 5, "issuesCollected", 9, "handled", 7,
                "resolved", 4, "solved", 3, "closed", 3, "closedOverdue", 1, "onTimeRate", 0.6667,
                "averageWorkingDaysToResolve", 10.7, "handledRate", 0.7778);
    }

    @Test
    void asOfAnswersTheFiguresAsTheyStoodAtTheEndOfThatDay() {
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER + "&asOf=2026-10-14", CITY_LEADER),
                "enterprisesVisited", 2, "visits", 3, "issuesCollected", 5, "handled", 4, "resolved", 1,
                "solved", 1, "pending", 1, "rejected", 0, "overdue", 0, "closed", 0, "handledRate", 0.8);
        // a whole month (September) and the days of October up to the 20th
        hasFigures(api.json("/api/v1/oversight/summary?from=2026-09-01&to=2026-10-31&asOf=2026-10-20",
                        CITY_LEADER),
                "enterprisesVisited", 3, "visits", 5, "issuesCollected", 9, "handled", 6, "resolved", 3,
                "solved", 3, "pending", 2, "rejected", 1, "overdue", 1, "closed", 2, "closedOnTime", 0,
                "closedOnTimeExtended", 1, "closedOverdue", 1, "basicallySatisfied", 2, "closedByDefault", 1,
                "averageWorkingDaysToResolve", 11.5);
        // a month end: the monthly tables alone
        hasFigures(api.json("/api/v1/oversight/summary?from=2026-09-01&to=2026-09-30&asOf=2026-09-30",
                        CITY_LEADER),
                "enterprisesVisited", 1, "visits", 1, "issuesCollected", 1, "handled", 1, "resolved", 0,
                "closed", 0);
        hasFigures(api.json("/api/v1/oversight/summary?from=2026-09-01&to=2026-09-30", CITY_LEADER),
                "issuesCollected", 1, "handled", 1, "resolved", 1, "closed", 1, "closedOverdue", 1);
    }

    @Test
    void filtersSelectByClusterCategoryDepartmentAndRegionWithItsSubRegions() {
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER + "&cluster=AUTO", CITY_LEADER),
                "issuesCollected", 4, "handled", 4, "enterprisesVisited", 1, "visits", 2);
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER + "&category=LAND", CITY_LEADER),
                "issuesCollected", 4, "handled", 3, "overdue", 2, "enterprisesVisited", null, "visits", null);
        // I9 went from NRP to ENV: it counts for ENV
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER + "&department=NRP", CITY_LEADER),
                "issuesCollected", 3, "handled", 2, "overdue", 2);
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER + "&region=331081", "admin"),
                "issuesCollected", 2, "handled", 1, "rejected", 1, "enterprisesVisited", 1);
        // the city is the sum of its counties
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER + "&region=331000", "admin"),
                "issuesCollected", 8, "handled", 6, "enterprisesVisited", 3);
    }

    @Test
    void aLeaderSeesItsRegionAndItsSubRegionsOnly() {
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER, "leader:331002"),
                "issuesCollected", 4, "handled", 4, "enterprisesVisited", 1, "visits", 2);
        assertThat(api.get("/api/v1/oversight/summary?region=331003", "leader:331002").status()).isEqualTo(403);
        // the province's leader sees the city rolled up from its counties
        JsonNode province = api.json("/api/v1/oversight/breakdown?by=region&" + OCTOBER, "leader:330000");
        assertThat(province.path("rows")).hasSize(1);
        assertThat(province.path("rows").get(0).path("key").asString()).isEqualTo("331000");
        hasFigures(province.path("rows").get(0), "issuesCollected", 8, "handled", 6, "enterprisesVisited", 3);
    }

    @Test
    void aDepartmentHeadSeesItsDepartmentsRows() {
        hasFigures(api.json("/api/v1/oversight/summary?" + OCTOBER, "head:NRP"),
                "issuesCollected", 3, "handled", 2, "enterprisesVisited", null);
        assertThat(api.get("/api/v1/oversight/summary?department=ENV", "head:NRP").status()).isEqualTo(403);
        JsonNode byRegion = api.json("/api/v1/oversight/breakdown?by=region&" + OCTOBER, "head:NRP");
        assertThat(rows(byRegion, "issuesCollected")).isEqualTo(Map.of("331002", 1L, "331003", 2L));
        JsonNode ranking = api.json("/api/v1/oversight/ranking?" + OCTOBER + "&minTickets=1", "head:NRP");
        assertThat(ranking.path("rows")).hasSize(1);
        assertThat(ranking.path("rows").get(0).path("rank").asInt()).isEqualTo(5);
    }

    @Test
    void breakdownsGiveTheSameFiguresPerRowAndAddUpToTheTotal() {
        JsonNode byDepartment = api.json("/api/v1/oversight/breakdown?by=department&" + OCTOBER, CITY_LEADER);
        assertThat(rows(byDepartment, "issuesCollected"))
                .isEqualTo(Map.of("", 1L, "NRP", 3L, "FBU", 1L, "TAL", 1L, "ENV", 1L, "FIN", 1L));
        assertThat(rows(byDepartment, "handled"))
                .isEqualTo(Map.of("", 0L, "NRP", 2L, "FBU", 1L, "TAL", 1L, "ENV", 1L, "FIN", 1L));
        hasFigures(byDepartment.path("total"), "issuesCollected", 8, "handled", 6, "enterprisesVisited", 3);
        assertThat(byDepartment.path("rows").get(0).path("nameZh").asString()).isNotBlank();

        JsonNode byRegion = api.json("/api/v1/oversight/breakdown?by=region&" + OCTOBER, CITY_LEADER);
        assertThat(rows(byRegion, "issuesCollected")).isEqualTo(Map.of("331002", 4L, "331003", 2L, "331081", 2L));
        assertThat(rows(byRegion, "enterprisesVisited")).isEqualTo(Map.of("331002", 1L, "331003", 1L, "331081", 1L));
        assertThat(rows(byRegion, "nameZh").values()).contains("椒江区");

        JsonNode byCluster = api.json("/api/v1/oversight/breakdown?by=cluster&" + OCTOBER, CITY_LEADER);
        assertThat(rows(byCluster, "issuesCollected")).isEqualTo(Map.of("AUTO", 4L, "MOULD", 2L, "PUMP", 2L));
        assertThat(rows(byCluster, "visits")).isEqualTo(Map.of("AUTO", 2L, "MOULD", 1L, "PUMP", 1L));

        JsonNode byCategory = api.json("/api/v1/oversight/breakdown?by=category&" + OCTOBER, CITY_LEADER);
        assertThat(rows(byCategory, "issuesCollected"))
                .isEqualTo(Map.of("", 1L, "LAND", 4L, "FUND", 1L, "TALENT", 1L, "FINANCE", 1L));

        assertThat(api.get("/api/v1/oversight/breakdown?by=colour", CITY_LEADER).json().path("errors").get(0)
                .path("field").asString()).isEqualTo("by");
    }

    @Test
    void trendsShowHowTheFiguresOfThePeriodsIssuesGrewBucketByBucket() {
        JsonNode months = api.json("/api/v1/oversight/trend?interval=month&from=2026-09-01&to=2026-10-31",
                CITY_LEADER).path("rows");
        assertThat(months).hasSize(2);
        hasFigures(months.get(0).path("figures"), "issuesCollected", 1, "handled", 1, "closed", 0,
                "enterprisesVisited", 1, "visits", 1);
        hasFigures(months.get(0).path("inInterval"), "collected", 1, "handled", 1, "visits", 1);
        hasFigures(months.get(1).path("figures"), "issuesCollected", 9, "handled", 7, "resolved", 4, "closed", 3,
                "enterprisesVisited", 3, "visits", 5);
        hasFigures(months.get(1).path("inInterval"), "collected", 8, "handled", 6, "resolved", 4, "closed", 3,
                "visits", 4, "enterprisesVisited", 3);

        JsonNode days = api.json("/api/v1/oversight/trend?interval=day&from=2026-10-08&to=2026-10-10", CITY_LEADER)
                .path("rows");
        assertThat(days).hasSize(3);
        hasFigures(days.get(0).path("figures"), "issuesCollected", 3, "handled", 0, "enterprisesVisited", 2);
        hasFigures(days.get(1).path("figures"), "issuesCollected", 4, "handled", 1, "enterprisesVisited", 2,
                "visits", 3);
        hasFigures(days.get(1).path("inInterval"), "enterprisesVisited", 1, "visits", 1);
        hasFigures(days.get(2).path("figures"), "issuesCollected", 4, "handled", 3);

        JsonNode weeks = api.json("/api/v1/oversight/trend?interval=week&from=2026-10-01&to=2026-10-31",
                CITY_LEADER).path("rows");
        assertThat(weeks).hasSize(5);
        assertThat(weeks.get(0).path("from").asString()).isEqualTo("2026-10-01");
        hasFigures(weeks.get(4).path("figures"), "issuesCollected", 8, "handled", 6);
    }

    @Test
    void theOverdueListShowsTheMostOverdueFirstWithTheirEscalationLevel() {
        JsonNode overdue = api.json("/api/v1/oversight/overdue", CITY_LEADER);
        assertThat(overdue.path("items").valueStream().map(item -> item.path("issueId").asString()))
                .containsExactly("I3", "I4");
        // I3 waits to be accepted: its red light is about its acceptance deadline, not its resolution deadline
        // (2026-11-13, still ahead); today is Saturday 10-31, so 10-20..23 and 10-26..30 are working days late
        JsonNode i3 = overdue.path("items").get(0);
        assertThat(i3.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(i3.path("missedDeadline").asString()).isEqualTo("ACCEPTANCE");
        assertThat(i3.path("acceptDue").asString()).isEqualTo("2026-10-19");
        assertThat(i3.path("resolveDue").asString()).isEqualTo("2026-11-13");
        assertThat(i3.path("workingDaysOverdue").asInt()).isEqualTo(9);
        JsonNode i4 = overdue.path("items").get(1);
        assertThat(i4.path("escalationLevel").asInt()).isEqualTo(1);
        assertThat(i4.path("escalatedTo").asString()).isEqualTo("head:NRP");
        assertThat(i4.path("enterpriseName").asString()).isEqualTo("黄岩模具有限公司");
        // accepted: its resolution deadline, Saturday 10-24, was missed; 10-26..30 are working days late
        assertThat(i4.path("missedDeadline").asString()).isEqualTo("RESOLUTION");
        assertThat(i4.path("resolveDue").asString()).isEqualTo("2026-10-24");
        assertThat(i4.path("workingDaysOverdue").asInt()).isEqualTo(5);

        JsonNode first = api.json("/api/v1/oversight/overdue?limit=1", CITY_LEADER);
        assertThat(first.path("items")).hasSize(1);
        JsonNode second = api.json("/api/v1/oversight/overdue?limit=1&cursor=" + first.path("nextCursor").asString(),
                CITY_LEADER);
        assertThat(second.path("items").get(0).path("issueId").asString()).isEqualTo("I4");
        assertThat(second.path("nextCursor").isNull()).isTrue();

        assertThat(api.json("/api/v1/oversight/overdue", "leader:331081").path("items")).isEmpty();

        Map<String, String> i3Row = csv(api.get("/api/v1/oversight/overdue.csv", CITY_LEADER)).get(0);
        assertThat(i3Row).containsEntry("issueId", "I3").containsEntry("missedDeadline", "ACCEPTANCE")
                .containsEntry("acceptDue", "2026-10-19").containsEntry("workingDaysOverdue", "9");
    }

    @Test
    void theMigrationFillsTheMissedDeadlineOfOverdueIssuesAsTheProjectionWritesIt() {
        String schema = jdbc.sql("select schema_name from read_model_generation where status = 'ACTIVE'")
                .query(String.class).single();
        String missedDues = "select issue_id, overdue_due from " + schema + ".issue order by issue_id";
        var written = jdbc.sql(missedDues).query().listOfRows();
        assertThat(written).contains(Map.of("issue_id", "I3", "overdue_due", java.sql.Date.valueOf("2026-10-19")),
                Map.of("issue_id", "I4", "overdue_due", java.sql.Date.valueOf("2026-10-24")));

        jdbc.sql("update " + schema + ".issue set overdue_due = null").update();
        jdbc.sql("do $$ begin perform " + schema + ".fill_overdue_due(); end $$").update();

        assertThat(jdbc.sql(missedDues).query().listOfRows()).isEqualTo(written);
    }

    @Test
    void datesOutsideTheYears2000To2100AreRefusedNamingTheParameter() {
        for (String[] question : new String[][] {{"summary?from=-4713-11-24", "from"},
                {"summary?from=1999-12-31", "from"}, {"summary?to=2101-01-01", "to"},
                {"breakdown?asOf=0001-01-01", "asOf"}, {"trend?from=+275760-09-13", "from"},
                {"overdue?to=9999-12-31", "to"}, {"ranking.csv?from=1970-01-01", "from"}}) {
            var answer = api.get("/api/v1/oversight/" + question[0].replace("+", "%2B"), CITY_LEADER);
            assertThat(answer.status()).as(question[0]).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(question[0])
                    .startsWith("application/problem+json");
            assertThat(answer.json().path("errors").get(0).path("field").asString()).as(question[0])
                    .isEqualTo(question[1]);
        }
        hasFigures(api.json("/api/v1/oversight/summary?from=2000-01-01&to=2100-12-31&asOf=2100-12-31",
                CITY_LEADER), "issuesCollected", 9, "enterprisesVisited", 3, "visits", 5);
    }

    @Test
    void departmentsAreRankedOnTheirResultsOnceTheyHaveEnoughTickets() {
        JsonNode handled = api.json("/api/v1/oversight/ranking?" + OCTOBER + "&minTickets=1", CITY_LEADER);
        assertThat(ranks(handled)).isEqualTo(Map.of("FBU", 1, "TAL", 1, "ENV", 1, "FIN", 1, "NRP", 5));
        JsonNode atLeastTwo = api.json("/api/v1/oversight/ranking?" + OCTOBER + "&minTickets=2", CITY_LEADER);
        assertThat(ranks(atLeastTwo)).isEqualTo(Map.of("NRP", 1, "FBU", -1, "TAL", -1, "ENV", -1, "FIN", -1));
        JsonNode days = api.json("/api/v1/oversight/ranking?" + OCTOBER + "&minTickets=1&by=workingDays",
                CITY_LEADER);
        assertThat(ranks(days)).isEqualTo(Map.of("FIN", 1, "NRP", 2, "FBU", -1, "TAL", -1, "ENV", -1));
        assertThat(days.path("rows").get(0).path("value").asDouble()).isEqualTo(3.0);
    }

    @Test
    void everyAnswerHasACsvFormWithAByteOrderMark() {
        var summary = api.get("/api/v1/oversight/summary.csv?" + OCTOBER, CITY_LEADER);
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(Arrays.copyOf(summary.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(summary.bytes(), 3, summary.bytes().length - 3, StandardCharsets.UTF_8)
                .split("\r\n");
        var values = new HashMap<String, String>();
        String[] header = lines[0].split(",", -1);
        String[] row = lines[1].split(",", -1);
        for (int i = 0; i < header.length; i++) {
            values.put(header[i], row[i]);
        }
        assertThat(values).containsEntry("issuesCollected", "8").containsEntry("handledRate", "0.75")
                .containsEntry("from", "2026-10-01");

        String regions = api.get("/api/v1/oversight/breakdown.csv?by=region&" + OCTOBER, CITY_LEADER).text();
        assertThat(regions).contains("椒江区").contains("合计");
        for (String path : new String[] {"trend.csv?interval=week", "overdue.csv", "ranking.csv?minTickets=1"}) {
            var answer = api.get("/api/v1/oversight/" + path, CITY_LEADER);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.bytes()[0]).as(path).isEqualTo((byte) 0xEF);
        }
    }

    @Test
    void csvHeadersNameTheJsonFieldsEachOnce() {
        for (String path : new String[] {"summary.csv", "breakdown.csv?by=region", "trend.csv", "overdue.csv",
                "ranking.csv?minTickets=1&by=satisfactionRate", "ranking.csv?by=handledRate",
                "ranking.csv?by=onTimeRate", "ranking.csv?by=workingDays"}) {
            var columns = Arrays.asList(header(api.get("/api/v1/oversight/" + path, CITY_LEADER)));
            assertThat(columns).as(path).doesNotHaveDuplicates();
        }
        assertThat(header(api.get("/api/v1/oversight/breakdown.csv?by=region", CITY_LEADER)))
                .startsWith("key", "nameZh", "nameEn", "enterprisesVisited");
        var ranking = api.get("/api/v1/oversight/ranking.csv?" + OCTOBER + "&minTickets=1&by=satisfactionRate",
                CITY_LEADER);
        assertThat(header(ranking)).startsWith("rank", "department", "nameZh", "nameEn", "tickets", "value",
                "enterprisesVisited");
        JsonNode rankingJson = api.json("/api/v1/oversight/ranking?" + OCTOBER + "&minTickets=1&by=satisfactionRate",
                CITY_LEADER);
        var csvRows = csv(ranking);
        assertThat(csvRows).hasSize(rankingJson.path("rows").size());
        for (int i = 0; i < csvRows.size(); i++) {
            JsonNode row = rankingJson.path("rows").get(i);
            assertThat(csvRows.get(i)).containsEntry("department", row.path("department").asString())
                    .containsEntry("value", row.path("value").isNull() ? "" : row.path("value").asString())
                    .containsEntry("satisfactionRate",
                            row.path("satisfactionRate").isNull() ? "" : row.path("satisfactionRate").asString());
        }
    }

    /** A CSV answer's header row (after the byte-order mark). */
    private static String[] header(OversightApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return new String(answer.bytes(), 3, answer.bytes().length - 3, StandardCharsets.UTF_8).split("\r\n")[0]
                .split(",", -1);
    }

    /** A CSV answer's rows by column name (values without commas or quotes, as the campaign's are). */
    private static List<Map<String, String>> csv(OversightApi.Answer answer) {
        String[] header = header(answer);
        String[] lines = new String(answer.bytes(), 3, answer.bytes().length - 3, StandardCharsets.UTF_8)
                .split("\r\n");
        var rows = new ArrayList<Map<String, String>>();
        for (int line = 1; line < lines.length; line++) {
            String[] values = lines[line].split(",", -1);
            assertThat(values).as(lines[line]).hasSameSizeAs(header);
            var row = new HashMap<String, String>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], values[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> rows(JsonNode breakdown, String figure) {
        var rows = new HashMap<String, Object>();
        breakdown.path("rows").forEach(row -> rows.put(row.path("key").asString(),
                row.path(figure).isString() ? row.path(figure).asString() : (Object) row.path(figure).asLong()));
        return rows;
    }

    private static Map<String, Integer> ranks(JsonNode ranking) {
        var ranks = new HashMap<String, Integer>();
        ranking.path("rows").forEach(row -> ranks.put(row.path("department").asString(),
                row.path("rank").isNull() ? -1 : row.path("rank").asInt()));
        return ranks;
    }
}
