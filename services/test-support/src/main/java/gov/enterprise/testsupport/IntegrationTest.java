package gov.enterprise.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A Spring Boot test against the real broker and database of this JVM ({@link TestInfrastructure}), with a web
 * server on a random port. Each test class gets its own application context, its own empty PostgreSQL database
 * and its own topic prefix, so classes never see each other's rows or events; the context is closed after the
 * class. Inject {@link TestEnvironment} for probes, the publisher and the values used.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(IntegrationTestContextCustomizerFactory.class)
// the context is this class's alone (fresh database and topics), so keeping it cached only holds connections open
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface IntegrationTest {
}
