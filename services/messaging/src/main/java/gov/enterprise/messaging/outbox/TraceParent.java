package gov.enterprise.messaging.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * The W3C {@code traceparent} of the current span, stored with an event so the relay (another thread, later) can
 * hand it to the broker and the consumer's span continues the trace of the request that caused the event.
 */
final class TraceParent {

    static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** The current span's traceparent, or null outside a trace (or without a tracing bridge). */
    static String current(Tracer tracer) {
        if (tracer == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        TraceContext context = span.context();
        String traceId = context.traceId();
        String spanId = context.spanId();
        if (traceId == null || spanId == null || traceId.isBlank() || spanId.isBlank() || isZero(traceId)) {
            return null;
        }
        // 64-bit trace ids are left-padded, as the W3C format requires 32 hex digits
        String paddedTraceId = "0".repeat(Math.max(0, 32 - traceId.length())) + traceId;
        String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return "00-" + paddedTraceId + "-" + spanId + "-" + flags;
    }

    private static boolean isZero(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }
}
