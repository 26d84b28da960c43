package gov.enterprise.resolution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The service's clock in integration tests: set to a moment in China, moved on as a test needs. */
public final class MovableClock extends Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    /** Sets the clock to a local time in China, e.g. {@code 2026-09-24T10:00}. */
    public Instant setTo(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
