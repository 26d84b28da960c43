package gov.enterprise.dashboard;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The page's two languages: what the test expects to read in each (a few labels from {@code dashboard.js}). */
enum Language {

    CHINESE("zh-CN", "nameZh", "企业服务问题办理监督", "收集问题", "办理率", "English", "未排名",
            List.of("—", "部门负责人", "分管领导"), Map.of("ACCEPTANCE", "受理", "RESOLUTION", "办理")),
    ENGLISH("en", "nameEn", "Enterprise Issue Oversight", "Issues collected", "Handled rate", "中文", "unranked",
            List.of("—", "Department head", "Leader in charge"),
            Map.of("ACCEPTANCE", "acceptance", "RESOLUTION", "resolution"));

    final String htmlLang;
    final String title;
    final String issuesCollectedLabel;
    final String handledRateLabel;
    final String toggleLabel;
    final String unranked;
    private final String nameField;
    private final List<String> escalationLevels;
    private final Map<String, String> deadlineKinds;

    Language(String htmlLang, String nameField, String title, String issuesCollectedLabel, String handledRateLabel,
            String toggleLabel, String unranked, List<String> escalationLevels, Map<String, String> deadlineKinds) {
        this.htmlLang = htmlLang;
        this.nameField = nameField;
        this.title = title;
        this.issuesCollectedLabel = issuesCollectedLabel;
        this.handledRateLabel = handledRateLabel;
        this.toggleLabel = toggleLabel;
        this.unranked = unranked;
        this.escalationLevels = escalationLevels;
        this.deadlineKinds = deadlineKinds;
    }

    String nameOf(JsonNode row) {
        return row.path(nameField).asString("");
    }

    String departmentNameOf(JsonNode overdueItem) {
        return overdueItem.path(this == CHINESE ? "departmentNameZh" : "departmentNameEn").asString("");
    }

    /** The overdue table's deadline cell: the day of the deadline missed, and which one it was. */
    String missedDeadline(JsonNode overdueItem) {
        String kind = overdueItem.path("missedDeadline").asString("");
        String day = overdueItem.path(kind.equals("ACCEPTANCE") ? "acceptDue" : "resolveDue").asString("");
        return day + " " + deadlineKinds.getOrDefault(kind, "");
    }

    String escalation(int level) {
        return level >= 0 && level < escalationLevels.size() ? escalationLevels.get(level) : String.valueOf(level);
    }
}
