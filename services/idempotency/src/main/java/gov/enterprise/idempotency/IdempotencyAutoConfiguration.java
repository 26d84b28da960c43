package gov.enterprise.idempotency;

import gov.enterprise.web.problem.ProblemResponseWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Honours {@code Idempotency-Key} on the configured paths of a servlet service that has a database. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "gov.enterprise.web.problem.ProblemAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class, ProblemResponseWriter.class})
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** Spring Security's filter chain runs at -100: the caller is known when the key is claimed. */
    static final int ORDER_AFTER_SECURITY = 0;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyAutoConfiguration.class);

    @Bean
    @DependsOnDatabaseInitialization
    IdempotencyKeys idempotencyKeys(DataSource dataSource, IdempotencyProperties properties) {
        return new IdempotencyKeys(dataSource, IdempotencySchema.migrate(dataSource, properties.schema()));
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
                                                                IdempotencyProperties properties,
                                                                PlatformTransactionManager transactionManager,
                                                                ProblemResponseWriter problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, properties,
                new TransactionTemplate(transactionManager), problems));
        registration.setOrder(ORDER_AFTER_SECURITY);
        return registration;
    }

    /** Old answers are forgotten after the retention; a retry comes within minutes. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService idempotencyHousekeeping(IdempotencyKeys keys, IdempotencyProperties properties) {
        var executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "idempotency-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                int purged = keys.purgeOlderThan(properties.retention());
                if (purged > 0) {
                    log.debug("forgot {} idempotency keys older than {}", purged, properties.retention());
                }
            } catch (RuntimeException e) {
                log.warn("could not purge old idempotency keys: {}", e.getMessage());
            }
        }, 10, 10, TimeUnit.MINUTES);
        return executor;
    }
}
