package gov.enterprise.contracts.envelope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Event bodies' timestamps and dates read by {@link Rfc3339} when they have the shape producers write, by Jackson's
 * own deserializers otherwise (other shapes, numbers, and every error and its message).
 */
final class EventTimeModule extends SimpleModule {

    EventTimeModule() {
        super("event-times");
        addDeserializer(Instant.class, new FastPath<>(Rfc3339::instant, InstantDeserializer.INSTANT));
        addDeserializer(LocalDate.class, new FastPath<>(Rfc3339::date, LocalDateDeserializer.INSTANCE));
    }

    private static final class FastPath<T> extends ValueDeserializer<T> {

        private final Function<String, T> fast;
        private final ValueDeserializer<T> general;

        FastPath(Function<String, T> fast, ValueDeserializer<T> general) {
            this.fast = fast;
            this.general = general;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                T value = fast.apply(parser.getString());
                if (value != null) {
                    return value;
                }
            }
            return general.deserialize(parser, context);
        }
    }
}
