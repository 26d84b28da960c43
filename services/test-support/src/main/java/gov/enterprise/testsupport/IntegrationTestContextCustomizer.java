package gov.enterprise.testsupport;

import java.util.Objects;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Creates the class's database and topic prefix just before its context refreshes, and points the application at
 * them. Keyed by test class: two classes never share a context.
 */
final class IntegrationTestContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE = "integrationTestEnvironment";

    private final Class<?> testClass;

    IntegrationTestContextCustomizer(Class<?> testClass) {
        this.testClass = testClass;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        var environment = TestEnvironment.create();

        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        var source = new MapPropertySource(PROPERTY_SOURCE, environment.springProperties());
        // below the test's own properties (@SpringBootTest(properties=..), @TestPropertySource), above application.yml
        String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
        if (sources.contains(inlined)) {
            sources.addAfter(inlined, source);
        } else {
            sources.addFirst(source);
        }
        context.getBeanFactory().registerSingleton("testEnvironment", environment);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                environment.close();
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntegrationTestContextCustomizer customizer && customizer.testClass == testClass;
    }

    @Override
    public int hashCode() {
        return Objects.hash(testClass);
    }
}
