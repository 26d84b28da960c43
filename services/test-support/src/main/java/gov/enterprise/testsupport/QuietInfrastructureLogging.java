package gov.enterprise.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import gov.enterprise.infra.KafkaBroker;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The broker runs inside the test JVM and logs through the application's logging system; its routine messages
 * (several hundred lines per start, many at WARN) would bury the test output. Added as the lowest-precedence
 * defaults, so a test or module can still turn any of them up with {@code logging.level.*}.
 */
class QuietInfrastructureLogging implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> levels = new LinkedHashMap<>();
        KafkaBroker.SERVER_LOGGERS.forEach(logger -> levels.put("logging.level." + logger, "ERROR"));
        // client configuration dumps and per-topic metadata notices of every producer and consumer
        levels.put("logging.level.org.apache.kafka", "WARN");
        levels.put("logging.level.io.zonky.test", "WARN");
        environment.getPropertySources().addLast(new MapPropertySource("quietInfrastructureLogging", levels));
    }
}
