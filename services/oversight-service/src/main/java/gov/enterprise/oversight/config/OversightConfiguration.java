package gov.enterprise.oversight.config;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.oversight.live.ReadModelChanges;
import gov.enterprise.oversight.readmodel.Generations;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.security.SecurityRules;
import gov.enterprise.security.SubjectKind;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OversightProperties.class)
class OversightConfiguration {

    /** The read models' generations, prepared (an ACTIVE one exists, tables migrated) before any listener starts. */
    @Bean
    @DependsOnDatabaseInitialization
    Generations generations(DataSource dataSource, TransactionTemplate transactions, OversightProperties properties) {
        var generations = new Generations(dataSource, transactions, properties.activeCacheTtl());
        generations.prepare();
        return generations;
    }

    @Bean
    ReadModelChanges readModelChanges(DataSource dataSource, OversightProperties properties) {
        return new ReadModelChanges(dataSource, properties.changeDebounce());
    }

    /** Regions (for sub-region roll-up and access), departments, clusters and categories, with their names. */
    @Bean
    ReferenceData referenceData() {
        return ReferenceData.bundled();
    }

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.bundled();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The dashboard page and its files are public (the page signs in itself); figures are for leaders, department
     * heads and administrators, rebuilds for administrators; everyone else is refused.
     */
    @Bean
    SecurityRules oversightRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.ico", "/assets/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/oversight/reference").permitAll()
                .requestMatchers("/api/v1/oversight/rebuilds", "/api/v1/oversight/rebuilds/**")
                .hasRole(SubjectKind.ADMIN.role())
                .requestMatchers("/api/v1/oversight/**")
                .hasAnyRole(SubjectKind.LEADER.role(), SubjectKind.HEAD.role(), SubjectKind.ADMIN.role());
    }
}
