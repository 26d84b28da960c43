package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.TicketStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ticket's steps as stored in {@code issue.steps}: a JSON array of arrays
 * {@code [version, lastVersion, epochMillis, state, red, department, category, outcome]}, compact because every
 * issue has one.
 */
public final class StepsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StepsJson() {
    }

    public static String write(List<TicketStep> steps) {
        var json = new StringBuilder(steps.size() * 64 + 2).append('[');
        for (int i = 0; i < steps.size(); i++) {
            TicketStep step = steps.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append('[').append(step.version()).append(',').append(step.lastVersion()).append(',')
                    .append(step.at().toEpochMilli()).append(',');
            string(json, step.state()).append(',').append(step.red()).append(',');
            string(json, step.department()).append(',');
            string(json, step.category()).append(',');
            string(json, step.outcome()).append(']');
        }
        return json.append(']').toString();
    }

    public static List<TicketStep> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        var steps = new ArrayList<TicketStep>();
        for (JsonNode step : JSON.readTree(json)) {
            steps.add(new TicketStep(step.get(0).asLong(), step.get(1).asLong(),
                    Instant.ofEpochMilli(step.get(2).asLong()), step.get(3).asString(), step.get(4).asBoolean(),
                    step.get(5).asString(), step.get(6).asString(),
                    step.get(7).isNull() ? null : step.get(7).asString()));
        }
        return steps;
    }

    private static StringBuilder string(StringBuilder json, String value) {
        if (value == null) {
            return json.append("null");
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
