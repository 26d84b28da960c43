package gov.enterprise.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Compares the figures of a JSON answer with the expected ones, naming each figure that differs. */
final class FigureAssert {

    private FigureAssert() {
    }

    /** Pairs of figure name and expected value (a number, or null for "no value"). */
    static void hasFigures(JsonNode node, Object... expected) {
        var wanted = new LinkedHashMap<String, Object>();
        for (int i = 0; i < expected.length; i += 2) {
            wanted.put((String) expected[i], expected[i + 1]);
        }
        var actual = new LinkedHashMap<String, Object>();
        for (Map.Entry<String, Object> entry : wanted.entrySet()) {
            JsonNode value = node.path(entry.getKey());
            actual.put(entry.getKey(), value.isMissingNode() ? "missing" : value.isNull() ? null
                    : entry.getValue() instanceof Double ? (Object) value.asDouble() : (Object) value.asLong());
        }
        var normalized = new LinkedHashMap<String, Object>();
        wanted.forEach((key, value) -> normalized.put(key, value instanceof Integer number ? (Object) number.longValue()
                : value));
        assertThat(actual).as("figures of %s", node).isEqualTo(normalized);
    }
}
