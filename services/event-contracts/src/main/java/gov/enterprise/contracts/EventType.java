package gov.enterprise.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One published kind of event: its CloudEvents {@code type} (e.g. {@code gov.enterprise.visit.recorded.v1}), the
 * record its JSON body maps to, and the topic it travels on. A type name never changes meaning: a change that is
 * not the addition of an optional field is a new type with the next version suffix.
 */
public record EventType<T extends Record>(String name, Class<T> payloadType, String topic) {

    private static final Pattern NAME = Pattern.compile("gov\\.enterprise(\\.[a-z][a-z0-9-]*)+\\.v[1-9][0-9]*");

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(topic, "topic");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "event type '" + name + "' must look like gov.enterprise.<context>.<fact>.v<version>");
        }
    }

    public static <T extends Record> EventType<T> of(String name, Class<T> payloadType, String topic) {
        return new EventType<>(name, payloadType, topic);
    }

    public int version() {
        return Integer.parseInt(name.substring(name.lastIndexOf(".v") + 2));
    }
}
