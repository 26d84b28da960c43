package gov.enterprise.testsupport;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Gives every {@link IntegrationTest} class a customizer of its own, hence a context of its own. */
class IntegrationTestContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new IntegrationTestContextCustomizer(testClass);
    }
}
