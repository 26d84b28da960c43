package gov.enterprise.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/kafka/kafka-cluster.yaml gives each service's Kafka user what its code needs and nothing more: Write on the
 * topic it publishes, Read on every topic its listeners consume ({@code @EventsListener} in its sources), Write on
 * those topics' dead-letter topics (where its listeners park what they cannot process), and its own consumer groups.
 * A listener added without its ACLs fails here, not in production, where the broker would refuse its reads.
 */
class KafkaUsersManifestTest {

    private static final Path MANIFEST = Path.of("../../infra/kafka/kafka-cluster.yaml");
    private static final Path SERVICES = Path.of("..");
    private static final Pattern LISTENER = Pattern.compile(
            "@EventsListener\\(\\s*topic\\s*=\\s*Topics\\.(\\w+)(?:\\s*,\\s*group\\s*=\\s*\"([^\"]*)\")?");
    private static final Set<String> PUBLISH = Set.of("Describe", "Write");
    private static final Set<String> CONSUME = Set.of("Describe", "Read");

    private final Map<String, List<Map<String, Object>>> users = users();

    @Test
    void eachServiceUserHasExactlyTheTopicsItsCodeUses() {
        for (Path service : services()) {
            String name = service.getFileName().toString();
            Map<String, Set<String>> expected = new TreeMap<>();
            publishedTopic(name).ifPresent(topic -> expected.put(topic, PUBLISH));
            for (Listener listener : listeners(service)) {
                expected.put(listener.topic(), CONSUME);
                expected.put(Topics.deadLetter(listener.topic()), PUBLISH);
            }
            if (expected.isEmpty()) {
                continue;
            }
            assertThat(users).as("KafkaUser of %s", name).containsKey(name);
            assertThat(acls(name, "topic", "literal")).as("topic ACLs of %s", name).isEqualTo(expected);
        }
    }

    @Test
    void eachConsumingServiceReadsOnlyGroupsNamedAfterItself() {
        for (Path service : services()) {
            String name = service.getFileName().toString();
            List<Listener> listeners = listeners(service);
            if (listeners.isEmpty()) {
                continue;
            }
            assertThat(acls(name, "group", "prefix")).as("group ACLs of %s", name)
                    .isEqualTo(Map.of(name, CONSUME));
            assertThat(acls(name, "group", "literal")).as("literal group ACLs of %s", name).isEmpty();
            for (Listener listener : listeners) {
                assertThat(listener.group().isEmpty() || listener.group().startsWith(name))
                        .as("group '%s' of a listener of %s starts with the service's name", listener.group(), name)
                        .isTrue();
            }
        }
    }

    /** Guards the scan itself: if it found nothing, the tests above would pass on any manifest. */
    @Test
    void everyTopicHasAConsumer() {
        Set<String> consumed = services().stream().flatMap(service -> listeners(service).stream())
                .map(Listener::topic).collect(Collectors.toSet());
        assertThat(consumed).containsExactlyInAnyOrderElementsOf(Topics.all());
    }

    private record Listener(String topic, String group) {
    }

    /** Topics belong to the service named after them: {@code visit.events} is the visit-service's. */
    private static Optional<String> publishedTopic(String service) {
        String topic = service.substring(0, service.length() - "-service".length()) + ".events";
        return Topics.all().contains(topic) ? Optional.of(topic) : Optional.empty();
    }

    private static List<Path> services() {
        try (Stream<Path> modules = Files.list(SERVICES)) {
            List<Path> services = modules.filter(m -> m.getFileName().toString().endsWith("-service"))
                    .filter(m -> Files.isDirectory(m.resolve("src/main/java"))).sorted().toList();
            assertThat(services).as("service modules under %s", SERVICES.toAbsolutePath()).isNotEmpty();
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Listener> listeners(Path service) {
        try (Stream<Path> sources = Files.walk(service.resolve("src/main/java"))) {
            return sources.filter(p -> p.toString().endsWith(".java")).flatMap(source -> {
                Matcher found = LISTENER.matcher(read(source));
                return found.results().map(m -> new Listener(topic(m.group(1)), m.group(2) == null ? "" : m.group(2)));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topic(String constant) {
        try {
            return (String) Topics.class.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Topics has no constant " + constant, e);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's ACLs on resources of one type and pattern type: resource name to operations. */
    private Map<String, Set<String>> acls(String user, String resourceType, String patternType) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Map<String, Object> acl : users.getOrDefault(user, List.of())) {
            Map<String, Object> resource = asMap(acl.get("resource"));
            if (resourceType.equals(resource.get("type")) && patternType.equals(resource.get("patternType"))) {
                @SuppressWarnings("unchecked")
                List<String> operations = (List<String>) acl.get("operations");
                found.computeIfAbsent((String) resource.get("name"), k -> new TreeSet<>()).addAll(operations);
            }
        }
        return found;
    }

    /** Every KafkaUser of the manifest: its name and its ACLs. */
    private static Map<String, List<Map<String, Object>>> users() {
        Map<String, List<Map<String, Object>>> users = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(MANIFEST)) {
            for (Object document : new Yaml().loadAll(reader)) {
                Map<String, Object> resource = asMap(document);
                if ("KafkaUser".equals(resource.get("kind"))) {
                    String name = (String) asMap(resource.get("metadata")).get("name");
                    Map<String, Object> authorization = asMap(asMap(resource.get("spec")).get("authorization"));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> acls = (List<Map<String, Object>>) authorization.get("acls");
                    users.put(name, acls);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MANIFEST.toAbsolutePath(), e);
        }
        return users;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
