package gov.enterprise.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/asyncapi.yaml is the catalogue other teams read; this test keeps it true: every published type is documented on
 * its topic with exactly the fields the code sends, and nothing is documented that the code does not publish.
 */
class EventCatalogueDocumentTest {

    private static final Path DOCUMENT = Path.of("../../docs/asyncapi.yaml");

    private final Map<String, Object> document = load();
    private final EventCatalog catalog = EventCatalog.standard();

    @Test
    void everyPublishedTypeIsDocumentedOnItsTopic() {
        for (EventType<?> type : catalog.types()) {
            String messageName = type.payloadType().getSimpleName();
            Map<String, Object> message = map(map(map(document, "components"), "messages"), messageName);
            assertThat(message.get("name")).as("CloudEvents type of message %s", messageName).isEqualTo(type.name());
            assertThat(channelMessages(type.topic())).as("messages of channel %s", type.topic())
                    .contains(messageName);
        }
    }

    @Test
    void nothingIsDocumentedThatTheCodeDoesNotPublish() {
        var published = catalog.types().stream().map(t -> t.payloadType().getSimpleName()).collect(Collectors.toSet());
        assertThat(map(map(document, "components"), "messages").keySet()).isEqualTo(published);
        for (String topic : Topics.all()) {
            var onTopic = catalog.onTopic(topic).stream().map(t -> t.payloadType().getSimpleName()).toList();
            assertThat(channelMessages(topic)).containsExactlyInAnyOrderElementsOf(onTopic);
            assertThat(channelAddresses()).contains(Topics.deadLetter(topic));
        }
    }

    @Test
    void everyPayloadSchemaHasExactlyTheFieldsOfItsRecord() {
        for (EventType<?> type : catalog.types()) {
            assertSchemaMatches(type.payloadType());
        }
    }

    private void assertSchemaMatches(Class<?> record) {
        Map<String, Object> schema = map(map(map(document, "components"), "schemas"), record.getSimpleName());
        Map<String, Object> properties = map(schema, "properties");
        var components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(properties.keySet()).as("fields of %s", record.getSimpleName())
                .containsExactlyElementsOf(components);
        for (RecordComponent component : record.getRecordComponents()) {
            assertTypeMatches(record.getSimpleName() + "." + component.getName(), component.getGenericType(),
                    map(properties, component.getName()));
        }
    }

    private void assertTypeMatches(String where, Type javaType, Map<String, Object> schema) {
        if (javaType instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertThat(schema.get("type")).as(where).isEqualTo("array");
            assertTypeMatches(where + "[]", list.getActualTypeArguments()[0], map(schema, "items"));
            return;
        }
        Class<?> type = (Class<?>) javaType;
        if (type.isRecord()) {
            assertThat(schema.get("$ref")).as(where).isEqualTo("#/components/schemas/" + type.getSimpleName());
            assertSchemaMatches(type);
            return;
        }
        String expected = type == String.class || type == Instant.class || type == LocalDate.class ? "string"
                : type == int.class || type == long.class || type == Integer.class || type == Long.class ? "integer"
                : type == double.class ? "number"
                : type == boolean.class ? "boolean"
                : "unmapped " + type.getName();
        assertThat(schema.get("type")).as(where).isEqualTo(expected);
        if (type == Instant.class) {
            assertThat(schema.get("format")).as(where).isEqualTo("date-time");
        } else if (type == LocalDate.class) {
            assertThat(schema.get("format")).as(where).isEqualTo("date");
        }
    }

    private List<String> channelMessages(String topic) {
        return map(document, "channels").values().stream()
                .map(EventCatalogueDocumentTest::asMap)
                .filter(channel -> topic.equals(channel.get("address")))
                .flatMap(channel -> map(channel, "messages").keySet().stream())
                .toList();
    }

    private List<Object> channelAddresses() {
        return map(document, "channels").values().stream().map(c -> asMap(c).get("address")).toList();
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("the document has '%s'", key).containsKey(key);
        return asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> load() {
        try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }
}
