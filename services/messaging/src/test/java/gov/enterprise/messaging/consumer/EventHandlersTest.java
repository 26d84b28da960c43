package gov.enterprise.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.envelope.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    record DoorOpenedV1(String door) {
    }

    record DoorClosedV1(String door) {
    }

    record DoorPaintedV1(String door, String colour) {
    }

    record LightSwitchedV1(String light) {
    }

    record NotAnEvent(String what) {
    }

    static final String DOORS = "doors.events";

    static final EventCatalog CATALOG = EventCatalog.of(List.of(
            EventType.of("gov.enterprise.doors.opened.v1", DoorOpenedV1.class, DOORS),
            EventType.of("gov.enterprise.doors.closed.v1", DoorClosedV1.class, DOORS),
            EventType.of("gov.enterprise.doors.painted.v1", DoorPaintedV1.class, DOORS),
            EventType.of("gov.enterprise.lights.switched.v1", LightSwitchedV1.class, "lights.events")));

    static class DoorEventsListener {
        final List<Object> seen = new ArrayList<>();

        void on(DoorOpenedV1 event) {
            seen.add(event);
        }

        void on(DoorClosedV1 event, EventEnvelope<DoorClosedV1> envelope) {
            seen.add(envelope.subject());
        }
    }

    @Test
    void findsTheOnMethodsAndListsWhatItIgnores() {
        var listener = new DoorEventsListener();
        EventHandlers handlers = EventHandlers.of(listener, DOORS, CATALOG);

        assertThat(handlers.handledTypes()).containsExactlyInAnyOrder(
                "gov.enterprise.doors.opened.v1", "gov.enterprise.doors.closed.v1");
        assertThat(handlers.ignoredTypes()).containsExactly("gov.enterprise.doors.painted.v1");

        handlers.invoke(handlers.forType("gov.enterprise.doors.opened.v1").orElseThrow(), envelope(
                "gov.enterprise.doors.opened.v1", new DoorOpenedV1("front")));
        handlers.invoke(handlers.forType("gov.enterprise.doors.closed.v1").orElseThrow(), envelope(
                "gov.enterprise.doors.closed.v1", new DoorClosedV1("front")));
        assertThat(listener.seen).containsExactly(new DoorOpenedV1("front"), "door-front");
        assertThat(handlers.forType("gov.enterprise.doors.painted.v1")).isEmpty();
    }

    @Test
    void aHandlerExceptionReachesTheErrorHandlerUnwrapped() {
        class Failing {
            void on(DoorOpenedV1 event) {
                throw new IllegalStateException("door stuck");
            }
        }
        EventHandlers handlers = EventHandlers.of(new Failing(), DOORS, CATALOG);
        assertThatThrownBy(() -> handlers.invoke(handlers.forType("gov.enterprise.doors.opened.v1").orElseThrow(),
                envelope("gov.enterprise.doors.opened.v1", new DoorOpenedV1("front"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("door stuck");
    }

    @Test
    void refusesARecordOutsideTheCatalogue() {
        class Listener {
            void on(NotAnEvent event) {
            }
        }
        assertThatThrownBy(() -> EventHandlers.of(new Listener(), DOORS, CATALOG))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("on(NotAnEvent)").hasMessageContaining("not an event type of the catalogue");
    }

    @Test
    void refusesAnEventOfAnotherTopic() {
        class Listener {
            void on(LightSwitchedV1 event) {
            }
        }
        assertThatThrownBy(() -> EventHandlers.of(new Listener(), DOORS, CATALOG))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("published on lights.events, but the listener consumes doors.events");
    }

    @Test
    void refusesTwoHandlersForOneType() {
        class Listener {
            void on(DoorOpenedV1 event) {
            }

            void on(DoorOpenedV1 event, EventEnvelope<DoorOpenedV1> envelope) {
            }
        }
        assertThatThrownBy(() -> EventHandlers.of(new Listener(), DOORS, CATALOG))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("two on(...) methods");
    }

    @Test
    void refusesAnOnMethodWithTheWrongParameters() {
        class Listener {
            void on(DoorOpenedV1 event, String extra) {
            }
        }
        assertThatThrownBy(() -> EventHandlers.of(new Listener(), DOORS, CATALOG))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must take an event record, optionally followed by its EventEnvelope");
    }

    private static <T extends Record> EventEnvelope<T> envelope(String type, T data) {
        return new EventEnvelope<>(UUID.randomUUID(), type, "/test", "door-front", Instant.now(), data);
    }
}
