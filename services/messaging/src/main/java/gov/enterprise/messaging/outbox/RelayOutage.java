package gov.enterprise.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a relay's trouble once per outage instead of once per attempt or row: a warning when publishing first
 * fails, a reminder while it lasts, and a line when it is over.
 */
final class RelayOutage {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration REMINDER = Duration.ofMinutes(5);

    private final String relay;
    private Instant since;
    private Instant lastReminder;
    private int failures;

    RelayOutage(String relay) {
        this.relay = relay;
    }

    void failed(String what, RuntimeException e) {
        failures++;
        Instant now = Instant.now();
        if (since == null) {
            since = now;
            lastReminder = now;
            log.warn("Outbox relay {} cannot publish {}; retrying with backoff, events wait in the outbox: {}",
                    relay, what, describe(e), e);
        } else if (Duration.between(lastReminder, now).compareTo(REMINDER) >= 0) {
            lastReminder = now;
            log.warn("Outbox relay {} still cannot publish {} after {} ({} failed attempts): {}", relay, what,
                    Duration.between(since, now), failures, describe(e));
        } else {
            log.debug("Outbox relay {} failed again on {}: {}", relay, what, describe(e));
        }
    }

    void over() {
        if (since != null) {
            log.info("Outbox relay {} publishing again after {} failed attempts over {}", relay, failures,
                    Duration.between(since, Instant.now()));
            since = null;
            failures = 0;
        }
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
