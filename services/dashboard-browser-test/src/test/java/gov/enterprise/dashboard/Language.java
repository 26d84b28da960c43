package gov.enterprise.dashboard;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The page's two languages: what the test expects to read in each (a few labels from {@code dashboard.js}). */
enum Language {

    CHINESE("zh-CN", "nameZh", "企业服务问题办理监督", "收集问题", "办理率", "English", "未排名",
            List.of("—", "部门负责人", "分管领导")),
    ENGLISH("en", "nameEn", "Enterprise Issue Oversight", "Issues collected", "Handled rate", "中文", "unranked",
            List.of("—", "Department head", "Leader in charge"));

    final String htmlLang;
    final String title;
    final String issuesCollectedLabel;
    final String handledRateLabel;
    final String toggleLabel;
    final String unranked;
    private final String nameField;
    private final List<String> escalationLevels;

    Language(String htmlLang, String nameField, String title, String issuesCollectedLabel, String handledRateLabel,
            String toggleLabel, String unranked, List<String> escalationLevels) {
        this.htmlLang = htmlLang;
        this.nameField = nameField;
        this.title = title;
        this.issuesCollectedLabel = issuesCollectedLabel;
        this.handledRateLabel = handledRateLabel;
        this.toggleLabel = toggleLabel;
        this.unranked = unranked;
        this.escalationLevels = escalationLevels;
    }

    String nameOf(JsonNode row) {
        return row.path(nameField).asString("");
    }

    String departmentNameOf(JsonNode overdueItem) {
        return overdueItem.path(this == CHINESE ? "departmentNameZh" : "departmentNameEn").asString("");
    }

    String escalation(int level) {
        return level >= 0 && level < escalationLevels.size() ? escalationLevels.get(level) : String.valueOf(level);
    }
}
