package gov.enterprise.messaging.consumer;

import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.messaging.BrokerAdmin;
import gov.enterprise.messaging.MessagingMetrics;
import gov.enterprise.messaging.TopicNames;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Kafka listener container per {@link EventsListener} bean: subscribes to the prefixed topic in the listener's
 * consumer group, hands each poll's records to {@link EventDispatch} (a batch listener: one transaction per poll, at
 * most {@code ticketing.messaging.consumer.max-batch} records) and dead-letters through {@link DeadLetters}. Logs at
 * startup what each listener consumes, handles and ignores.
 */
public final class EventListenerContainers implements SmartInitializingSingleton, SmartLifecycle,
        ApplicationListener<ConsumerStoppedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EventListenerContainers.class);

    private final ApplicationContext context;
    private final ConsumerFactory<String, byte[]> consumers;
    private final CloudEventsBinding binding;
    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final DeadLetters deadLetters;
    private final BrokerAdmin admin;
    private final TopicNames topics;
    private final MessagingMetrics metrics;
    private final String defaultGroup;
    private final int concurrency;
    private final boolean observationEnabled;

    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private volatile boolean running;

    /** What one listener consumes: shown at startup, and the key to its container. */
    public record Subscription(String listener, String topic, String group, List<String> handledTypes,
                               List<String> ignoredTypes,
                               ConcurrentMessageListenerContainer<String, byte[]> container) {
    }

    public EventListenerContainers(ApplicationContext context, ConsumerFactory<String, byte[]> consumers,
                                   CloudEventsBinding binding, ProcessedEvents processed,
                                   TransactionTemplate transactions, DeadLetters deadLetters, BrokerAdmin admin,
                                   TopicNames topics, MessagingMetrics metrics, String defaultGroup, int concurrency,
                                   boolean observationEnabled) {
        this.context = context;
        this.consumers = consumers;
        this.binding = binding;
        this.processed = processed;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.admin = admin;
        this.topics = topics;
        this.metrics = metrics;
        this.defaultGroup = defaultGroup;
        this.concurrency = concurrency;
        this.observationEnabled = observationEnabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        context.getBeansWithAnnotation(EventsListener.class).forEach(this::subscribe);
    }

    private void subscribe(String beanName, Object bean) {
        EventsListener annotation = context.findAnnotationOnBean(beanName, EventsListener.class);
        String topic = annotation.topic();
        String group = annotation.group().isBlank() ? defaultGroup : annotation.group();
        if (group == null || group.isBlank()) {
            throw new IllegalStateException("Set spring.application.name or ticketing.messaging.consumer.group-id:"
                    + " listener " + beanName + " needs a consumer group");
        }
        for (Subscription other : subscriptions.values()) {
            if (other.topic().equals(topic) && other.group().equals(group)) {
                throw new IllegalStateException(other.listener() + " and " + beanName + " both consume " + topic
                        + " in group " + group + "; each would see only some partitions. Give one of them its own"
                        + " @EventsListener(group = ...)");
            }
        }
        EventHandlers handlers = EventHandlers.of(bean, topic, binding.catalog());
        String containerName = beanName + "Container";
        String clientId = group + "-" + beanName;
        // the dispatch observes each record itself, around its handler: the container's observations of a batch
        // listener would not be current while the handlers run
        ObservationRegistry observations = observationEnabled
                ? context.getBeanProvider(ObservationRegistry.class).getIfUnique(() -> ObservationRegistry.NOOP)
                : ObservationRegistry.NOOP;
        var dispatch = new EventDispatch(handlers, binding, processed, transactions, metrics, group, topic,
                observations, containerName, clientId);

        var properties = new ContainerProperties(topics.of(topic));
        properties.setGroupId(group);
        properties.setClientId(clientId);
        properties.setMessageListener(dispatch);
        var container = new ConcurrentMessageListenerContainer<>(consumers, properties);
        container.setConcurrency(concurrency);
        container.setCommonErrorHandler(deadLetters.errorHandler());
        container.setBeanName(containerName);
        container.setApplicationContext(context);
        container.setApplicationEventPublisher(context);
        container.setAutoStartup(false);

        subscriptions.put(beanName, new Subscription(beanName, topic, group, handlers.handledTypes(),
                handlers.ignoredTypes(), container));
        log.info("{} consumes {} as group {}: handles {}{}", handlers.listener(), topics.of(topic), group,
                handlers.handledTypes(),
                handlers.ignoredTypes().isEmpty() ? "" : ", ignores " + handlers.ignoredTypes());
    }

    /** Every subscription of this service, by listener bean name. */
    public Map<String, Subscription> subscriptions() {
        return Map.copyOf(subscriptions);
    }

    /** The containers of this service, for readiness and for operators. */
    public List<MessageListenerContainer> containers() {
        return subscriptions.values().stream().<MessageListenerContainer>map(Subscription::container).toList();
    }

    /** Listeners whose container, or one of its consumer threads, is not running. */
    public List<String> stopped() {
        var stopped = new ArrayList<String>();
        subscriptions.forEach((name, subscription) -> {
            var container = subscription.container();
            boolean childStopped = container.getContainers().stream()
                    .anyMatch(child -> !child.isRunning());
            if (!container.isRunning() || childStopped || !container.isInExpectedState()) {
                stopped.add(name);
            }
        });
        return stopped;
    }

    /**
     * A consumer that stops on its own (fatal error, authorisation, fencing) does not come back: the service refuses
     * traffic, even where a service narrowed its readiness group and left out the {@code eventListeners} check.
     */
    @Override
    public void onApplicationEvent(ConsumerStoppedEvent event) {
        if (event.getReason() == ConsumerStoppedEvent.Reason.NORMAL || !ownsContainerOf(event)) {
            return;
        }
        log.error("A consumer of {} stopped ({}); the service stops accepting traffic", event.getSource(),
                event.getReason());
        AvailabilityChangeEvent.publish(context, this, ReadinessState.REFUSING_TRAFFIC);
    }

    private boolean ownsContainerOf(ConsumerStoppedEvent event) {
        Object container = event.getContainer(Object.class);
        return subscriptions.values().stream().anyMatch(subscription -> subscription.container() == container
                || subscription.container().getContainers().contains(container)
                || subscription.container() == event.getSource());
    }

    @Override
    public void start() {
        var brokerTopics = new ArrayList<String>();
        subscriptions.values().forEach(subscription -> {
            brokerTopics.add(topics.of(subscription.topic()));
            brokerTopics.add(topics.deadLetterOf(subscription.topic()));
        });
        try {
            admin.ensureTopics(brokerTopics);
        } catch (RuntimeException e) {
            // the consumers wait for their topics; the dead letters would fail and be retried: not a reason to stop
            log.warn("Could not create the topics {} yet: {}", brokerTopics, e.toString());
        }
        subscriptions.values().forEach(subscription -> subscription.container().start());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscriptions.values().forEach(subscription -> subscription.container().stop());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }
}
