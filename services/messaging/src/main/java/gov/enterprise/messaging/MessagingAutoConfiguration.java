package gov.enterprise.messaging;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.messaging.consumer.DeadLetters;
import gov.enterprise.messaging.consumer.EventListenerContainers;
import gov.enterprise.messaging.consumer.ProcessedEventRetention;
import gov.enterprise.messaging.consumer.ProcessedEvents;
import gov.enterprise.messaging.health.BrokerHealthIndicator;
import gov.enterprise.messaging.health.EventListenersHealthIndicator;
import gov.enterprise.messaging.outbox.Lanes;
import gov.enterprise.messaging.outbox.Outbox;
import gov.enterprise.messaging.outbox.OutboxHousekeeping;
import gov.enterprise.messaging.outbox.OutboxRelay;
import gov.enterprise.messaging.outbox.OutboxTable;
import gov.enterprise.messaging.outbox.RelayProducer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The event backbone of a service: catalogue and codec, the library's tables, the outbox and its relay, listener
 * containers for {@code @EventsListener} beans with dead-lettering, metrics and readiness. Needs a DataSource and
 * Kafka settings ({@code spring.kafka.bootstrap-servers}); a service adds nothing but configuration.
 *
 * <p>Producers and consumer factories here are not exposed as beans: a {@code ProducerFactory} bean would replace
 * Boot's own, and the backbone's byte-array serialisation must not leak into a service's other Kafka use.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"})
@ConditionalOnClass({DataSource.class, KafkaProperties.class})
@ConditionalOnBean({DataSource.class, KafkaProperties.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    /** The published catalogue plus any {@link EventType} beans (tests and services add their own this way). */
    @Bean
    @ConditionalOnMissingBean
    EventCatalog eventCatalog(ObjectProvider<EventType<?>> extraTypes) {
        return EventCatalog.standard().with(extraTypes.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    CloudEventsBinding cloudEventsBinding(EventCatalog catalog, MessagingProperties properties) {
        return new CloudEventsBinding(catalog, properties.maxBodyBytes());
    }

    @Bean
    TopicNames topicNames(MessagingProperties properties) {
        return new TopicNames(properties.topicPrefix());
    }

    @Bean
    MessagingMetrics messagingMetrics(ObjectProvider<MeterRegistry> registry) {
        return new MessagingMetrics(registry.getIfUnique(SimpleMeterRegistry::new));
    }

    /** After the service's own Flyway run: see {@link MessagingSchema}. */
    @Bean
    @DependsOnDatabaseInitialization
    MessagingSchema messagingSchema(DataSource dataSource, MessagingProperties properties) {
        return MessagingSchema.migrate(dataSource, properties.schema());
    }

    @Bean
    BrokerAdmin brokerAdmin(KafkaProperties kafka, MessagingProperties properties) {
        return new BrokerAdmin(kafka.buildAdminProperties(), properties.topics());
    }

    @Bean
    OutboxTable outboxTable(DataSource dataSource, MessagingSchema schema) {
        return new OutboxTable(dataSource, schema);
    }

    @Bean
    Outbox outbox(CloudEventsBinding binding, OutboxTable table, MessagingProperties properties,
                  Environment environment, ObjectProvider<Clock> clock, ObjectProvider<Tracer> tracer,
                  ObjectProvider<OutboxRelay> relay) {
        String source = properties.source() == null || properties.source().isBlank()
                ? "/" + applicationName(environment) : properties.source();
        // looked up on first use, not at start-up (the relay and the tracer may come later), then kept: a lookup in
        // the bean factory per event and per commit cost more than the outbox's own work
        Supplier<Tracer> theTracer = SingletonSupplier.of(tracer::getIfUnique);
        Supplier<OutboxRelay> theRelay = SingletonSupplier.of(relay::getIfAvailable);
        return new Outbox(binding, table, new Lanes(properties.outbox().lanes()), source,
                clock.getIfUnique(Clock::systemUTC), theTracer, properties.maxBodyBytes(), () -> {
                    OutboxRelay nudged = theRelay.get();
                    if (nudged != null) {
                        nudged.nudge();
                    }
                });
    }

    @Bean
    @ConditionalOnProperty(name = "ticketing.messaging.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(DataSource dataSource, OutboxTable table, KafkaProperties kafka, BrokerAdmin admin,
                            TopicNames topics, MessagingProperties properties, MessagingMetrics metrics,
                            Environment environment) {
        String name = applicationName(environment);
        var producers = new DefaultKafkaProducerFactory<>(producerConfig(kafka, name + "-outbox-relay"),
                new StringSerializer(), new ByteArraySerializer());
        producers.setPhysicalCloseTimeout(1);
        producers.addListener(new MicrometerProducerListener<>(metrics.registry()));
        var producer = new RelayProducer(producers, topics, admin, properties.outbox().sendTimeout());
        return new OutboxRelay(name, dataSource, table, producer, properties.outbox(), metrics);
    }

    @Bean
    OutboxHousekeeping outboxHousekeeping(OutboxTable table, MessagingProperties properties,
                                          MessagingMetrics metrics) {
        return new OutboxHousekeeping(table, properties.outbox(), metrics.registry());
    }

    @Bean
    ProcessedEvents processedEvents(DataSource dataSource, MessagingSchema schema) {
        return new ProcessedEvents(dataSource, schema);
    }

    @Bean
    ProcessedEventRetention processedEventRetention(ProcessedEvents processed, MessagingProperties properties,
                                                    MessagingMetrics metrics) {
        MessagingProperties.Consumer consumer = properties.consumer();
        return new ProcessedEventRetention(processed, consumer.processedRetention(), consumer.processedSweep(),
                10_000, Clock.systemUTC(), metrics);
    }

    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, TopicNames topics, EventCatalog catalog,
                            MessagingMetrics metrics, MessagingProperties properties, Environment environment) {
        var producers = new DefaultKafkaProducerFactory<>(
                producerConfig(kafka, applicationName(environment) + "-dead-letters"),
                new StringSerializer(), new ByteArraySerializer());
        producers.setPhysicalCloseTimeout(1);
        producers.addListener(new MicrometerProducerListener<>(metrics.registry()));
        return new DeadLetters(new KafkaTemplate<>(producers), topics, catalog, metrics, properties.consumer());
    }

    @Bean
    EventListenerContainers eventListenerContainers(ApplicationContext context, KafkaProperties kafka,
                                                    CloudEventsBinding binding, ProcessedEvents processed,
                                                    DataSource dataSource,
                                                    ObjectProvider<PlatformTransactionManager> transactionManager,
                                                    DeadLetters deadLetters, BrokerAdmin admin, TopicNames topics,
                                                    MessagingMetrics metrics, MessagingProperties properties,
                                                    Environment environment) {
        var consumers = new DefaultKafkaConsumerFactory<>(consumerConfig(kafka, properties.consumer()),
                new StringDeserializer(), new ByteArrayDeserializer());
        // binds kafka.consumer.* client metrics, consumer lag (records-lag-max) among them
        consumers.addListener(new MicrometerConsumerListener<>(metrics.registry()));
        // the service's own transaction manager, so a handler's JPA or JDBC work shares the processed-event record
        var transactions = new TransactionTemplate(
                transactionManager.getIfUnique(() -> new DataSourceTransactionManager(dataSource)));
        String group = firstNonBlank(properties.consumer().groupId(), kafka.getConsumer().getGroupId(),
                environment.getProperty("spring.application.name"));
        return new EventListenerContainers(context, consumers, binding, processed, transactions, deadLetters, admin,
                topics, metrics, group, properties.consumer().concurrency(),
                kafka.getListener().isObservationEnabled());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Readiness {

        /** Contributes "kafka" to health and, by default, to the readiness group. */
        @Bean
        @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
        HealthIndicator kafkaHealthIndicator(BrokerAdmin admin, MessagingProperties properties) {
            return new BrokerHealthIndicator(admin, properties.health().brokerTimeout(),
                    properties.health().brokerCache(), Clock.systemUTC());
        }

        /** Contributes "eventListeners" to health and, by default, to the readiness group. */
        @Bean
        HealthIndicator eventListenersHealthIndicator(EventListenerContainers listeners) {
            return new EventListenersHealthIndicator(listeners);
        }
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    private static String applicationName(Environment environment) {
        return environment.getProperty("spring.application.name", "application");
    }

    /** Boot's {@code spring.kafka.*} settings, with what the delivery guarantees rest on forced. */
    static Map<String, Object> producerConfig(KafkaProperties kafka, String clientId) {
        var config = new HashMap<String, Object>();
        // bounded waits: a relay with the broker away fails its batch and backs off instead of hanging
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.putAll(kafka.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.remove(ProducerConfig.RETRIES_CONFIG);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    static Map<String, Object> consumerConfig(KafkaProperties kafka, MessagingProperties.Consumer settings) {
        var config = new HashMap<String, Object>();
        // a new consumer group reads the topic from its start: no event published before it existed is lost
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A fetch waits up to 200 ms for 64 KiB instead of returning each event alone (Kafka's 500 ms / 1 byte):
        // under load a listener fetches, applies and commits about five polls a second, of many events each, instead
        // of one fetch, one transaction and one offset commit per event; quiet, it asks the broker five times a
        // second instead of twice. Every hop takes up to 200 ms longer. docs/benchmarks.md has the measurements (and
        // those of 20 ms, which cost too much while idle). spring.kafka.consumer.fetch-max-wait and fetch-min-size
        // override both.
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 200);
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        config.putAll(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a poll is applied in one transaction: its size is the batch's
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxBatch());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.CLIENT_ID_CONFIG);
        return config;
    }
}
