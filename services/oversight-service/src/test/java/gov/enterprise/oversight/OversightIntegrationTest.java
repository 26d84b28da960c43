package gov.enterprise.oversight;

import gov.enterprise.testsupport.IntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The oversight service against the real broker and database ({@link IntegrationTest}), on 2026-10-31 at noon in
 * Beijing, so that "today" and the campaign's dates stay put whenever the tests run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest
@TestPropertySource(properties = "ticketing.oversight.change-debounce=100ms")
@Import(OversightIntegrationTest.Today.class)
public @interface OversightIntegrationTest {

    Instant NOW = Instant.parse("2026-10-31T04:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class Today {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
