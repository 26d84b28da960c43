package gov.enterprise.contracts;

import java.util.List;

/**
 * The topics services talk through. Each topic belongs to the one service that publishes to it; records are keyed
 * by the aggregate the event is about (enterprise USCC on {@code visit.events}, issue id on the other two), so all
 * events of one aggregate stay in order on one partition.
 */
public final class Topics {

    public static final String VISIT_EVENTS = "visit.events";
    public static final String INTAKE_EVENTS = "intake.events";
    public static final String RESOLUTION_EVENTS = "resolution.events";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(VISIT_EVENTS, INTAKE_EVENTS, RESOLUTION_EVENTS);
    }

    /** Where a consumer parks a record of {@code topic} it cannot process, with the reason in headers. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
