package gov.enterprise.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * What the dashboard shows, as text: the headline figures (text and raw value), the handled/collected ratio under
 * the large rate, and the rows of the breakdown, ranking and overdue tables (row key first, then each cell). Read
 * from the page, or worked out from the API's answers with the page's formatting; the test compares the two.
 */
record DashboardView(Map<String, String> figures, Map<String, String> figureValues, String handledOfCollected,
        List<List<String>> breakdown, List<List<String>> ranking, List<List<String>> overdue) {

    static final List<String> RATES = List.of("handledRate", "resolvedRate", "solvedRate", "onTimeRate",
            "satisfactionRate");
    static final List<String> COUNTS = List.of("enterprisesVisited", "visits", "issuesCollected", "handled",
            "resolved", "solved", "pending", "overdue");
    static final String WORKING_DAYS = "averageWorkingDaysToResolve";

    /** The view the page must show for these answers in this language. */
    static DashboardView expected(OversightApi.Answers api, Language language) {
        JsonNode summary = api.summary();
        Map<String, String> figures = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        RATES.forEach(name -> figures.put(name, PageFormat.percent(decimal(summary, name))));
        COUNTS.forEach(name -> figures.put(name, PageFormat.count(whole(summary, name))));
        figures.put(WORKING_DAYS, PageFormat.days(decimal(summary, WORKING_DAYS)));
        figures.keySet().forEach(name -> values.put(name, canonical(summary.path(name))));
        String ratio = PageFormat.count(whole(summary, "handled")) + " / "
                + PageFormat.count(whole(summary, "issuesCollected"));

        // the page lists the breakdown largest first (a stable sort, like Array.prototype.sort)
        List<JsonNode> breakdownRows = new ArrayList<>(rows(api.breakdown(), "rows"));
        breakdownRows.sort(Comparator.comparingLong((JsonNode row) -> row.path("issuesCollected").asLong()).reversed());
        List<List<String>> breakdown = breakdownRows.stream().map(row -> List.of(row.path("key").asString(""),
                language.nameOf(row), PageFormat.count(whole(row, "issuesCollected")),
                PageFormat.count(whole(row, "handled")), PageFormat.percent(decimal(row, "handledRate")),
                PageFormat.count(whole(row, "resolved")), PageFormat.count(whole(row, "overdue")),
                PageFormat.percent(decimal(row, "onTimeRate")), PageFormat.percent(decimal(row, "satisfactionRate"))))
                .toList();

        List<List<String>> ranking = rows(api.ranking(), "rows").stream().map(row -> List.of(
                row.path("department").asString(""),
                row.path("rank").isNull() ? language.unranked : String.valueOf(row.path("rank").asInt()),
                language.nameOf(row), PageFormat.count(whole(row, "tickets")),
                PageFormat.percent(decimal(row, "value")))).toList();

        List<List<String>> overdue = rows(api.overdue(), "items").stream().map(item -> List.of(
                item.path("issueId").asString(""), orElse(item, "title", "issueId"),
                orElse(item, "enterpriseName", "uscc"), language.departmentNameOf(item),
                language.missedDeadline(item), PageFormat.count(whole(item, "workingDaysOverdue")),
                language.escalation(item.path("escalationLevel").asInt()))).toList();

        return new DashboardView(figures, values, ratio, breakdown, ranking, overdue);
    }

    /** The view read from the page in one script run (so from one rendering), see {@code DashboardPage#read}. */
    @SuppressWarnings("unchecked")
    static DashboardView read(Map<String, Object> snapshot) {
        Map<String, String> figures = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        var shown = (Map<String, Map<String, String>>) snapshot.get("figures");
        for (String name : concat(RATES, COUNTS, List.of(WORKING_DAYS))) {
            Map<String, String> figure = shown.getOrDefault(name, Map.of());
            figures.put(name, Objects.requireNonNullElse(figure.get("text"), "(no element figure-" + name + ")"));
            String value = Objects.requireNonNullElse(figure.get("value"), "");
            values.put(name, value.isEmpty() ? "null" : String.valueOf(Double.parseDouble(value)));
        }
        return new DashboardView(figures, values, (String) snapshot.get("handledOfCollected"),
                (List<List<String>>) snapshot.get("breakdown"), (List<List<String>>) snapshot.get("ranking"),
                (List<List<String>>) snapshot.get("overdue"));
    }

    /** The parts of the page, each answered by one API call: the page and the API agree part by part. */
    enum Part { HEADLINE, BREAKDOWN, RANKING, OVERDUE }

    boolean sameAs(DashboardView other, Part part) {
        return switch (part) {
            case HEADLINE -> figures.equals(other.figures) && figureValues.equals(other.figureValues)
                    && handledOfCollected.equals(other.handledOfCollected);
            case BREAKDOWN -> breakdown.equals(other.breakdown);
            case RANKING -> ranking.equals(other.ranking);
            case OVERDUE -> overdue.equals(other.overdue);
        };
    }

    long issuesCollected() {
        return (long) Double.parseDouble(figureValues.get("issuesCollected"));
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    private static List<JsonNode> rows(JsonNode answer, String field) {
        return StreamSupport.stream(answer.path(field).spliterator(), false).toList();
    }

    private static Double decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }

    private static Long whole(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asLong() : null;
    }

    /** Both sides as a double's shortest text: the page's data-value is JavaScript's String(number). */
    private static String canonical(JsonNode value) {
        return value.isNumber() ? String.valueOf(value.asDouble()) : "null";
    }

    private static String orElse(JsonNode item, String field, String fallback) {
        String value = item.path(field).asString("");
        return value.isEmpty() ? item.path(fallback).asString("") : value;
    }
}
