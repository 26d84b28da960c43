package gov.enterprise.testsupport;

import java.net.URI;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.envelope.CloudEventsBinding;

/**
 * What one {@link IntegrationTest} class got: its own empty database, its own topic prefix, the shared broker and
 * the test token issuer. Injectable ({@code @Autowired TestEnvironment env}); probes and the publisher it hands
 * out are closed with the class's Spring context.
 *
 * <p>Tests without Spring (a relay or codec tested on its own) create one with {@link #create()} and close it.
 */
public final class TestEnvironment implements AutoCloseable {

    private static final CloudEventsBinding STANDARD_BINDING = new CloudEventsBinding(EventCatalog.standard());

    private final String topicPrefix;
    private final FreshDatabase database;
    private final String bootstrapServers;
    private final String issuer;
    private final URI jwkSetUri;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private EventPublisher publisher;

    TestEnvironment(String topicPrefix, FreshDatabase database, String bootstrapServers, String issuer, URI jwkSetUri) {
        this.topicPrefix = topicPrefix;
        this.database = database;
        this.bootstrapServers = bootstrapServers;
        this.issuer = issuer;
        this.jwkSetUri = jwkSetUri;
    }

    /** A fresh database and topic prefix on this JVM's {@link TestInfrastructure}, started if need be. */
    public static TestEnvironment create() {
        var infrastructure = TestInfrastructure.shared();
        return new TestEnvironment(newTopicPrefix(), infrastructure.databases().create(),
                infrastructure.bootstrapServers(), TestTokens.issuer(), TestTokens.jwkSetUri());
    }

    private static String newTopicPrefix() {
        return "t" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".";
    }

    /** Prepended to every topic name of this test class, e.g. {@code t3f9a2c1d.}. */
    public String topicPrefix() {
        return topicPrefix;
    }

    /** The full name of a topic as this test class's application uses it, e.g. {@code t3f9a2c1d.visit.events}. */
    public String topic(String name) {
        return topicPrefix + name;
    }

    public FreshDatabase database() {
        return database;
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The issuer valid {@link TestTokens} carry. */
    public String issuer() {
        return issuer;
    }

    public URI jwkSetUri() {
        return jwkSetUri;
    }

    /** A probe reading this class's {@code topicName} (unprefixed name) from its beginning. */
    public EventProbe probe(String topicName) {
        return probe(topicName, STANDARD_BINDING);
    }

    /** The same, decoding events with {@code binding}: for a catalog extended with test-only event types. */
    public synchronized EventProbe probe(String topicName, CloudEventsBinding binding) {
        var probe = new EventProbe(bootstrapServers, topic(topicName), binding);
        opened.add(probe);
        return probe;
    }

    /** The publisher writing to this class's topics. */
    public synchronized EventPublisher publisher() {
        if (publisher == null) {
            publisher = new EventPublisher(this);
            opened.add(publisher);
        }
        return publisher;
    }

    /** The Spring properties that point an application at this environment. */
    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        if (database.username() != null) {
            properties.put("spring.datasource.username", database.username());
        }
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        properties.put("ticketing.messaging.topic-prefix", topicPrefix);
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri.toString());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        properties.put("spring.security.oauth2.resourceserver.jwt.audiences", TestTokens.AUDIENCE);
        return properties;
    }

    /** Closes the probes and the publisher handed out; the database stays until the JVM ends. */
    @Override
    public synchronized void close() {
        for (AutoCloseable resource : opened.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                // a probe that fails to close must not hide the test's own outcome
            }
        }
        opened.clear();
        publisher = null;
    }

    @Override
    public String toString() {
        return "TestEnvironment[prefix=" + topicPrefix + ", database=" + database.name() + ", kafka=" + bootstrapServers + "]";
    }
}
