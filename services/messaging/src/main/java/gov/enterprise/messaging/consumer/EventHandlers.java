package gov.enterprise.messaging.consumer;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.EventEnvelope;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.aop.support.AopUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The {@code on} methods of one {@link EventsListener} bean, by event type name. Built once at startup, and strict:
 * a method named {@code on} that does not fit (unknown record, a type published on another topic, a second method
 * for the same type, wrong parameters) stops the service from starting rather than silently never being called.
 */
public final class EventHandlers {

    private static final String METHOD_NAME = "on";

    private final Object bean;
    private final String listener;
    private final Map<String, Handler> byType;
    private final List<String> ignoredTypes;

    private EventHandlers(Object bean, String listener, Map<String, Handler> byType, List<String> ignoredTypes) {
        this.bean = bean;
        this.listener = listener;
        this.byType = byType;
        this.ignoredTypes = ignoredTypes;
    }

    /** One {@code on} method and what it takes. */
    record Handler(EventType<?> type, Method method, boolean wantsEnvelope) {
    }

    public static EventHandlers of(Object bean, String topic, EventCatalog catalog) {
        Class<?> listenerClass = AopUtils.getTargetClass(bean);
        String listener = listenerClass.getSimpleName();
        var byType = new LinkedHashMap<String, Handler>();
        for (Method method : ReflectionUtils.getUniqueDeclaredMethods(listenerClass, EventHandlers::isHandler)) {
            Handler handler = handler(listener, method, topic, catalog, bean.getClass());
            Handler previous = byType.putIfAbsent(handler.type().name(), handler);
            if (previous != null) {
                throw new IllegalStateException(listener + " has two on(...) methods for " + handler.type().name());
            }
        }
        var ignored = new ArrayList<String>();
        for (EventType<?> type : catalog.onTopic(topic)) {
            if (!byType.containsKey(type.name())) {
                ignored.add(type.name());
            }
        }
        return new EventHandlers(bean, listener, Collections.unmodifiableMap(byType), List.copyOf(ignored));
    }

    private static boolean isHandler(Method method) {
        return method.getName().equals(METHOD_NAME) && !method.isBridge() && !method.isSynthetic()
                && !Modifier.isStatic(method.getModifiers());
    }

    private static Handler handler(String listener, Method method, String topic, EventCatalog catalog,
                                   Class<?> beanClass) {
        Class<?>[] parameters = method.getParameterTypes();
        String where = listener + "." + METHOD_NAME + "(" + String.join(", ",
                Arrays.stream(parameters).map(Class::getSimpleName).toList()) + ")";
        if (parameters.length < 1 || parameters.length > 2 || !parameters[0].isRecord()
                || (parameters.length == 2 && !EventEnvelope.class.equals(parameters[1]))) {
            throw new IllegalStateException(where + " must take an event record, optionally followed by its"
                    + " EventEnvelope");
        }
        @SuppressWarnings("unchecked")
        Class<? extends Record> payloadType = (Class<? extends Record>) parameters[0];
        EventType<?> type = catalog.forPayload(payloadType).orElseThrow(() -> new IllegalStateException(
                where + ": " + payloadType.getName() + " is not an event type of the catalogue"));
        if (!type.topic().equals(topic)) {
            throw new IllegalStateException(where + ": " + type.name() + " is published on " + type.topic()
                    + ", but the listener consumes " + topic);
        }
        // a proxied listener (e.g. @Timed) is called through its proxy; package-private methods are allowed
        Method invocable = AopUtils.selectInvocableMethod(method, beanClass);
        ReflectionUtils.makeAccessible(invocable);
        return new Handler(type, invocable, parameters.length == 2);
    }

    /** The listener itself, if it wants to know a poll's keys before its events are applied. */
    Optional<PollPreparation> preparation() {
        return bean instanceof PollPreparation preparation ? Optional.of(preparation) : Optional.empty();
    }

    Optional<Handler> forType(String typeName) {
        return Optional.ofNullable(byType.get(typeName));
    }

    /** Calls the handler; an exception of the method itself is rethrown as it is. */
    void invoke(Handler handler, EventEnvelope<?> event) {
        Object[] arguments = handler.wantsEnvelope() ? new Object[] {event.data(), event} : new Object[] {event.data()};
        try {
            handler.method().invoke(bean, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getTargetException();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new EventHandlerException(listener + " failed on " + handler.type().name(), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public String listener() {
        return listener;
    }

    /** Event types this listener handles. */
    public List<String> handledTypes() {
        return List.copyOf(byType.keySet());
    }

    /** Event types of the topic this listener acknowledges without handling. */
    public List<String> ignoredTypes() {
        return ignoredTypes;
    }

    /** A checked exception thrown by an {@code on} method, carried unchecked. */
    public static final class EventHandlerException extends RuntimeException {
        EventHandlerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
