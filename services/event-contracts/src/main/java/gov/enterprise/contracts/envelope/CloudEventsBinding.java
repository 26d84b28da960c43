package gov.enterprise.contracts.envelope;

import gov.enterprise.contracts.EventCatalog;
import gov.enterprise.contracts.EventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary content mode, the one event codec of the system:
 * context attributes travel as {@code ce_*} headers, the data as a JSON body, and the record key is the subject.
 * Plain Java so that producers, consumers and tests share it without a framework.
 */
public final class CloudEventsBinding {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPECVERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    /** Larger bodies are refused: no contract comes near it, so such a record is a fault, not an event. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            // adding an optional field is a compatible change: older readers must ignore what they do not know
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new EventTimeModule())
            .build();

    private final EventCatalog catalog;
    private final int maxBodyBytes;

    public CloudEventsBinding(EventCatalog catalog) {
        this(catalog, DEFAULT_MAX_BODY_BYTES);
    }

    public CloudEventsBinding(EventCatalog catalog, int maxBodyBytes) {
        this.catalog = catalog;
        this.maxBodyBytes = maxBodyBytes;
    }

    public EventCatalog catalog() {
        return catalog;
    }

    /** A new event, with a fresh id, for a payload whose record class is in the catalogue. */
    public <T extends Record> EventEnvelope<T> envelope(T data, String source, String subject, Instant time) {
        @SuppressWarnings("unchecked")
        Class<T> payloadType = (Class<T>) data.getClass();
        EventType<T> type = catalog.forPayload(payloadType).orElseThrow(() -> new IllegalArgumentException(
                payloadType.getName() + " is not an event type of the catalogue"));
        return new EventEnvelope<>(EventIds.next(), type.name(), source, subject, time, data);
    }

    /** The headers of the binary binding, in a stable order. */
    public Map<String, String> attributes(EventEnvelope<?> event) {
        return attributes(event.id(), event.type(), event.source(), event.subject(), event.time());
    }

    /** The same headers from stored attributes, for a relay that never needs to read the body. */
    public static Map<String, String> attributes(UUID id, String type, String source, String subject, Instant time) {
        var headers = new LinkedHashMap<String, String>();
        headers.put(SPECVERSION, SPEC_VERSION);
        headers.put(ID, id.toString());
        headers.put(SOURCE, source);
        headers.put(TYPE, type);
        headers.put(TIME, time.toString());
        headers.put(SUBJECT, subject);
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }

    public byte[] body(EventEnvelope<?> event) {
        return MAPPER.writeValueAsBytes(event.data());
    }

    public String bodyJson(Record data) {
        return MAPPER.writeValueAsString(data);
    }

    /**
     * Reads one record. Every way a record can be unreadable (missing or invalid attributes, a type or version this
     * catalogue does not know, a body that is too large, not JSON or not the contract) is a
     * {@link MalformedEventException} whose message says exactly what is wrong.
     */
    public EventEnvelope<?> decode(Map<String, String> attributes, byte[] body) {
        String specVersion = required(attributes, SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("unsupported CloudEvents specversion '" + specVersion + "'");
        }
        UUID id = parseId(required(attributes, ID));
        String source = required(attributes, SOURCE);
        String typeName = required(attributes, TYPE);
        Instant time = parseTime(required(attributes, TIME));
        String subject = required(attributes, SUBJECT);
        String contentType = attributes.get(CONTENT_TYPE);
        if (contentType != null && !contentType.toLowerCase().startsWith(JSON)) {
            throw new MalformedEventException("unsupported content-type '" + contentType + "', expected " + JSON);
        }
        EventType<?> type = catalog.find(typeName).orElseThrow(() -> new MalformedEventException(
                "unknown event type or version '" + typeName + "'"));
        return new EventEnvelope<>(id, typeName, source, subject, time, readData(type, body));
    }

    private Record readData(EventType<?> type, byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedEventException("empty body for " + type.name());
        }
        if (body.length > maxBodyBytes) {
            throw new MalformedEventException(
                    "body of " + body.length + " bytes exceeds the limit of " + maxBodyBytes + " bytes");
        }
        try {
            Record data = MAPPER.readValue(body, type.payloadType());
            if (data == null) {
                throw new MalformedEventException("body of " + type.name() + " is JSON null");
            }
            return data;
        } catch (JacksonException e) {
            throw new MalformedEventException("body is not a valid " + type.name() + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            // contract records validate themselves in their constructors
            throw new MalformedEventException("body is not a valid " + type.name() + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents attribute header '" + name + "'");
        }
        return value;
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("ce_id '" + value + "' is not a UUID");
        }
    }

    private static Instant parseTime(String value) {
        Instant time = Rfc3339.instant(value);
        if (time != null) {
            return time;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time '" + value + "' is not an RFC 3339 timestamp");
        }
    }

    /** Header values as Kafka carries them. */
    public static String text(byte[] headerValue) {
        return headerValue == null ? null : new String(headerValue, StandardCharsets.UTF_8);
    }
}
