package gov.enterprise.resolution;

import gov.enterprise.testsupport.IntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The resolution service against the real broker and database ({@link IntegrationTest}), with a {@link MovableClock}
 * as its time and the scheduled deadline evaluation off: tests move the clock and run the evaluation themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest
@TestPropertySource(properties = "resolution.deadlines.evaluation-enabled=false")
@Import(ResolutionIntegrationTest.Time.class)
public @interface ResolutionIntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Time {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-09-24T02:00:00Z"));
        }
    }
}
