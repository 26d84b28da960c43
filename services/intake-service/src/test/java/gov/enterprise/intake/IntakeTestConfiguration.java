package gov.enterprise.intake;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Integration tests run on a clock they set: Friday 25 September 2026, 10:00 in Taizhou, unless moved. */
@TestConfiguration(proxyBeanMethods = false)
public class IntakeTestConfiguration {

    public static final Instant MID_AUTUMN_2026 = Instant.parse("2026-09-25T02:00:00Z");

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(MID_AUTUMN_2026);
    }
}
