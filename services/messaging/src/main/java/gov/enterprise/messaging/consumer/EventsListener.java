package gov.enterprise.messaging.consumer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Component;

/**
 * Marks a class whose {@code on} methods consume the events of one topic. Its methods are the list of what the
 * service consumes from that topic:
 *
 * <pre>{@code
 * @EventsListener(topic = Topics.VISIT_EVENTS)
 * class VisitEventsListener {
 *     void on(VisitRecordedV1 event) { ... }
 *     void on(EnterpriseRegisteredV1 event, EventEnvelope<EnterpriseRegisteredV1> envelope) { ... }
 * }
 * }</pre>
 *
 * Each {@code on} method takes the event record (a type of the catalogue published on this topic), optionally
 * followed by its envelope (id, time, subject, source). The backbone runs it in the database transaction of its
 * poll, after the events before it and with the record of the event's id, so a redelivered event changes nothing;
 * it dead-letters what cannot be read or handled. Events of the topic without an {@code on} method are acknowledged
 * and counted as ignored.
 * The class is a Spring component; one Kafka listener container is created for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface EventsListener {

    /** The logical topic ({@link gov.enterprise.contracts.Topics}); the environment's prefix is added. */
    String topic();

    /**
     * The consumer group, when it must differ from the service's ({@code ticketing.messaging.consumer.group-id},
     * by default {@code spring.application.name}): two listeners of one service on one topic need distinct groups.
     */
    String group() default "";
}
