package gov.enterprise.contracts;

import gov.enterprise.contracts.intake.IntakeEvents;
import gov.enterprise.contracts.resolution.ResolutionEvents;
import gov.enterprise.contracts.visit.VisitEvents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The set of event types a process knows how to read and write. {@link #standard()} is the published catalogue
 * (documented in docs/asyncapi.yaml, and checked against it by a test); a service or test may extend it with
 * {@link #with(Collection)}.
 */
public final class EventCatalog {

    /** Every published contract. */
    private static final List<EventType<?>> PUBLISHED = Stream.of(VisitEvents.ALL, IntakeEvents.ALL,
            ResolutionEvents.ALL).flatMap(List::stream).toList();

    private final Map<String, EventType<?>> byName;
    private final Map<Class<?>, EventType<?>> byPayload;

    private EventCatalog(Collection<? extends EventType<?>> types) {
        var map = new LinkedHashMap<String, EventType<?>>();
        for (EventType<?> type : types) {
            EventType<?> previous = map.putIfAbsent(type.name(), type);
            if (previous != null && !previous.equals(type)) {
                throw new IllegalArgumentException("event type " + type.name() + " is defined twice");
            }
        }
        this.byName = Collections.unmodifiableMap(map);
        var payloads = new LinkedHashMap<Class<?>, EventType<?>>();
        map.values().forEach(type -> payloads.putIfAbsent(type.payloadType(), type));
        this.byPayload = Collections.unmodifiableMap(payloads);
    }

    public static EventCatalog standard() {
        return new EventCatalog(PUBLISHED);
    }

    public static EventCatalog of(Collection<? extends EventType<?>> types) {
        return new EventCatalog(types);
    }

    public EventCatalog with(Collection<? extends EventType<?>> more) {
        var all = new ArrayList<EventType<?>>(byName.values());
        all.addAll(more);
        return new EventCatalog(all);
    }

    public Optional<EventType<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type whose body is {@code payloadType}; each record class stands for exactly one type. */
    @SuppressWarnings("unchecked")
    public <T extends Record> Optional<EventType<T>> forPayload(Class<T> payloadType) {
        return Optional.ofNullable((EventType<T>) byPayload.get(payloadType));
    }

    public Collection<EventType<?>> types() {
        return byName.values();
    }

    public List<EventType<?>> onTopic(String topic) {
        return byName.values().stream().filter(type -> type.topic().equals(topic)).toList();
    }
}
