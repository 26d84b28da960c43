package gov.enterprise.web.problem;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Explains why a request body could not be read: where the JSON is broken, or which field has a value of the
 * wrong shape. Says what is wrong in the client's terms, never with Java class names.
 */
final class RequestBodyProblems {

    private static final String WHOLE_NUMBER = "a whole number, written without a fraction (3, not 3.0)";

    private RequestBodyProblems() {
    }

    static ProblemException explain(HttpMessageNotReadableException ex) {
        JacksonException jackson = find(ex);
        if (jackson == null) {
            boolean missing = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
            return malformed(missing ? "The request body is missing" : "The request body could not be read as JSON");
        }
        if (jackson instanceof InputCoercionException tooLarge && !path(jackson).isEmpty()
                && tooLarge.getTargetType() != null) {
            // a number out of the field's range is read by the parser, before any field sees it: still the field's
            return Problems.invalid(path(jackson), "must be " + range(tooLarge.getTargetType()));
        }
        if (jackson instanceof StreamReadException) {
            return malformed("Malformed JSON" + at(jackson.getLocation()) + ": " + firstSentence(jackson.getOriginalMessage()));
        }
        String field = path(jackson);
        if (field.isEmpty()) {
            return malformed("The request body must be a JSON object");
        }
        return Problems.invalid(field, reason(jackson));
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request body", detail);
    }

    private static JacksonException find(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The parser's message without its source-location appendix (the location is already given). */
    private static String firstSentence(String message) {
        if (message == null) {
            return "unexpected input";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int source = line.indexOf("[Source:");
        if (source >= 0) {
            line = line.substring(0, source).replaceFirst("\\s*(\\(start marker at|at)\\s*$", "");
        }
        return line.strip();
    }

    /** {@code issues[0].title}, the way bean validation names nested fields. */
    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reason(JacksonException ex) {
        if (ex instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        }
        if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "has a value of the wrong type";
    }

    /**
     * What a value of {@code type} looks like, for this value the client sent: for a whole number written as one
     * (e.g. {@code 99999999999}) that the type cannot hold, the type's bounds; the field's own bounds, usually much
     * narrower, are checked once the value is read.
     */
    static String describe(Class<?> type, Object value) {
        return value != null && isWholeNumber(value.toString()) ? range(type) : describe(type);
    }

    private static boolean isWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Short.class || type == short.class) {
            return wholeNumber(Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return describe(type);
    }

    private static String wholeNumber(long min, long max) {
        return "a whole number from " + min + " to " + max;
    }

    /** What a value of {@code type} looks like, for a client: "a number", "one of A, B", "a date (YYYY-MM-DD)". */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        // not the type's bounds: "five" for a count of 1 to 60 working days is not about 2147483647
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return WHOLE_NUMBER;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date-time (ISO 8601, e.g. 2026-09-24T10:00:00Z)";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }
}
