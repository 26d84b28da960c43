package gov.enterprise.oversight.config;

import gov.enterprise.calendar.WorkingDayCalendar;
import gov.enterprise.messaging.Chore;
import gov.enterprise.oversight.live.ReadModelChanges;
import gov.enterprise.oversight.readmodel.Generations;
import gov.enterprise.oversight.rebuild.Rebuild;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.security.SecurityRules;
import gov.enterprise.security.SubjectKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OversightProperties.class)
class OversightConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OversightConfiguration.class);

    /** How the session connections show in {@code pg_stat_activity}. */
    static final String SESSION_APPLICATION_NAME = "oversight-service (session)";

    /**
     * Fails, on every instance every {@code abandoned-rebuild-check}, the rebuilds whose instance stopped reporting.
     * A rebuild abandoned while catching up would otherwise stay {@code CATCHING_UP}, and every live listener would
     * go on writing each event to its generation as well, until someone started another rebuild; one abandoned while
     * building would keep its half-written schema. Several instances may look at once: each rebuild is failed by one
     * of them, in one statement that checks it is still silent ({@link Rebuild#failAbandoned}).
     */
    @Bean
    Chore abandonedRebuildCheck(Rebuild rebuild, OversightProperties properties) {
        Duration every = properties.abandonedRebuildCheck();
        return new Chore("abandoned-rebuilds", every, every, () -> {
            try {
                rebuild.failAbandoned();
            } catch (RuntimeException e) {
                // the database may be away; the next check catches up
                log.warn("Could not check for abandoned rebuilds: {}", e.toString());
            }
        });
    }

    /** The read models' generations, prepared (an ACTIVE one exists, tables migrated) before any listener starts. */
    @Bean
    @DependsOnDatabaseInitialization
    Generations generations(DataSource dataSource, DataSourceProperties datasource, TransactionTemplate transactions,
                            OversightProperties properties) {
        var generations = new Generations(dataSource, sessions(dataSource, datasource, properties), transactions,
                properties.activeCacheTtl());
        generations.prepare();
        return generations;
    }

    @Bean
    ReadModelChanges readModelChanges(DataSource dataSource, DataSourceProperties datasource,
                                      OversightProperties properties) {
        return new ReadModelChanges(dataSource, sessions(dataSource, datasource, properties),
                properties.changeDebounce());
    }

    /**
     * Connections that keep their session, for the change listener (LISTEN) and the read models' migrations (which
     * set the session's search_path): the service's pool, unless {@code ticketing.oversight.session-url} names
     * PostgreSQL itself because the pool's connections go through a transaction pooler. Those connections are opened
     * as needed (one held by the listener), with the datasource's user, and named in {@code pg_stat_activity}.
     */
    static DataSource sessions(DataSource pool, DataSourceProperties datasource, OversightProperties properties) {
        if (properties.sessionUrl() == null || properties.sessionUrl().isBlank()) {
            return pool;
        }
        var connections = new SimpleDriverDataSource(new Driver(), properties.sessionUrl(),
                datasource.determineUsername(), datasource.determinePassword());
        var settings = new Properties();
        settings.setProperty("ApplicationName", SESSION_APPLICATION_NAME);
        connections.setConnectionProperties(settings);
        return connections;
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
                .requestMatchers(HttpMethod.GET, "/api/v1/oversight/reference", "/api/v1/oversight/sign-in").permitAll()
                .requestMatchers("/api/v1/oversight/rebuilds", "/api/v1/oversight/rebuilds/**")
                .hasRole(SubjectKind.ADMIN.role())
                .requestMatchers("/api/v1/oversight/**")
                .hasAnyRole(SubjectKind.LEADER.role(), SubjectKind.HEAD.role(), SubjectKind.ADMIN.role());
    }
}
