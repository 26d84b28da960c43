package gov.enterprise.messaging;

import gov.enterprise.messaging.outbox.OutboxRelay;
import gov.enterprise.messaging.outbox.OutboxTable;
import gov.enterprise.messaging.outbox.RelayProducer;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

/**
 * Builds relays next to (or instead of) the application's own, on the same outbox table: more instances, relays
 * that crash, relays pointed at a broker that is not there.
 */
public final class RelayFixture {

    private final ApplicationContext context;

    public RelayFixture(ApplicationContext context) {
        this.context = context;
    }

    /** The application's outbox settings with another batch size. */
    public MessagingProperties.Outbox settings(int batchSize) {
        return settings(batchSize, context.getBean(MessagingProperties.class).outbox().idlePoll());
    }

    /**
     * The application's outbox settings with another batch size and idle poll. A fixture's relay is not woken by
     * commits, as an application's relay is by its own instance's: a short idle poll stands in for those wake-ups.
     */
    public MessagingProperties.Outbox settings(int batchSize, Duration idlePoll) {
        var o = context.getBean(MessagingProperties.class).outbox();
        return new MessagingProperties.Outbox(true, o.lanes(), batchSize, o.busyPoll(), idlePoll, o.gather(),
                o.failureBackoff(), o.maxFailureBackoff(), o.sendTimeout(), o.backlogRefresh());
    }

    public OutboxRelay relay(String name, MessagingProperties.Outbox settings, MeterRegistry registry) {
        return relay(name, settings, registry, producers(Map.of()));
    }

    public OutboxRelay relay(String name, MessagingProperties.Outbox settings, MeterRegistry registry,
                             DefaultKafkaProducerFactory<String, byte[]> producers) {
        var producer = new RelayProducer(producers, context.getBean(TopicNames.class),
                context.getBean(BrokerAdmin.class), settings.sendTimeout());
        return new OutboxRelay(name, context.getBean(DataSource.class), context.getBean(OutboxTable.class),
                producer, settings, new MessagingMetrics(registry));
    }

    /** Producers configured exactly like the application's relay, plus {@code overrides}. */
    public DefaultKafkaProducerFactory<String, byte[]> producers(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(MessagingAutoConfiguration.producerConfig(
                context.getBean(KafkaProperties.class), "fixture-relay"));
        config.putAll(overrides);
        var factory = new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        factory.setPhysicalCloseTimeout(1);
        return factory;
    }

    /**
     * Producers whose first {@code crashes} flushes succeed (every record of the batch reaches the broker) and then
     * throw, as if the relay died between sending a batch and committing it.
     */
    public DefaultKafkaProducerFactory<String, byte[]> crashingAfterSend(int crashes) {
        var remaining = new AtomicInteger(crashes);
        Map<String, Object> config = new HashMap<>(MessagingAutoConfiguration.producerConfig(
                context.getBean(KafkaProperties.class), "crashing-relay"));
        var factory = new DefaultKafkaProducerFactory<String, byte[]>(config, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            @SuppressWarnings("unchecked")
            public Producer<String, byte[]> createProducer() {
                Producer<String, byte[]> real = super.createProducer();
                return (Producer<String, byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                            Object result;
                            try {
                                result = method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getTargetException();
                            }
                            if (method.getName().equals("flush") && remaining.getAndDecrement() > 0) {
                                throw new IllegalStateException("simulated crash between send and commit");
                            }
                            return result;
                        });
            }
        };
        factory.setPhysicalCloseTimeout(1);
        return factory;
    }

    /** Producers whose flush is slowed down, so a stop lands in the middle of a batch. */
    public DefaultKafkaProducerFactory<String, byte[]> slowFlush(Duration delay) {
        Map<String, Object> config = new HashMap<>(MessagingAutoConfiguration.producerConfig(
                context.getBean(KafkaProperties.class), "slow-relay"));
        var factory = new DefaultKafkaProducerFactory<String, byte[]>(config, new StringSerializer(),
                new ByteArraySerializer()) {
            @Override
            @SuppressWarnings("unchecked")
            public Producer<String, byte[]> createProducer() {
                Producer<String, byte[]> real = super.createProducer();
                return (Producer<String, byte[]>) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                            if (method.getName().equals("flush")) {
                                Thread.sleep(delay);
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getTargetException();
                            }
                        });
            }
        };
        factory.setPhysicalCloseTimeout(1);
        return factory;
    }
}
