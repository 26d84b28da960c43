package gov.enterprise.intake.config;

import gov.enterprise.intake.catalog.store.JdbcCatalog;
import gov.enterprise.intake.classification.store.JdbcDictionaries;
import gov.enterprise.intake.deadline.CalendarEvents;
import gov.enterprise.intake.deadline.store.JdbcCalendars;
import gov.enterprise.intake.deadline.store.JdbcSlaPolicies;
import gov.enterprise.intake.duplicate.DuplicateDetector;
import gov.enterprise.intake.enterprise.Enterprises;
import gov.enterprise.intake.issue.IssueEventPublisher;
import gov.enterprise.intake.issue.IssueIntake;
import gov.enterprise.intake.issue.IssueReaders;
import gov.enterprise.intake.issue.Issues;
import gov.enterprise.intake.issue.TicketTracking;
import gov.enterprise.intake.issue.Transactions;
import gov.enterprise.intake.messaging.OutboxCalendarEvents;
import gov.enterprise.intake.messaging.OutboxIssueEvents;
import gov.enterprise.intake.policy.PolicySource;
import gov.enterprise.intake.policy.store.CachedPolicySource;
import gov.enterprise.intake.routing.store.JdbcRoutingRules;
import gov.enterprise.intake.triage.TriageDesk;
import gov.enterprise.messaging.outbox.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the plain-Java domain (which knows no framework) to its adapters: stores, the outbox, the clock and
 * transactions.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** First-start seed data, run by Flyway after the schema migrations. */
    @Bean
    JavaMigration seedReferenceData() {
        return new V4__Seed_reference_data();
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(new TransactionTemplate(transactionManager));
    }

    @Bean
    PolicySource policySource(JdbcCatalog catalog, JdbcDictionaries dictionaries, JdbcRoutingRules rules,
                              JdbcSlaPolicies slaPolicies, JdbcCalendars calendars, IntakeProperties properties) {
        return new CachedPolicySource(catalog, dictionaries, rules, slaPolicies, calendars,
                properties.classification().minScore(), properties.zone(), properties.policy().refresh());
    }

    /**
     * The last official calendar year loaded, for the alert that asks for next year's before deadlines reach into it
     * (counted by the weekday rule there, New Year's Day and the Spring Festival as working days).
     */
    @Bean
    MeterBinder calendarYearGauge(JdbcCalendars calendars) {
        return registry -> Gauge.builder("ticketing.calendar.last.loaded.year", calendars, JdbcCalendars::lastLoadedYear)
                .description("The last year whose official working-day calendar is loaded")
                .register(registry);
    }

    @Bean
    DuplicateDetector duplicateDetector(IntakeProperties properties) {
        return new DuplicateDetector(properties.duplicates().threshold(), properties.duplicates().window());
    }

    @Bean
    IssueEventPublisher issueEventPublisher(Outbox outbox, MeterRegistry meters) {
        return new OutboxIssueEvents(outbox, meters);
    }

    @Bean
    CalendarEvents calendarEvents(Outbox outbox) {
        return new OutboxCalendarEvents(outbox);
    }

    @Bean
    IssueIntake issueIntake(Issues issues, Enterprises enterprises, PolicySource policies,
                            DuplicateDetector duplicates, IssueEventPublisher events, Transactions transactions,
                            Clock clock) {
        return new IssueIntake(issues, enterprises, policies, duplicates, events, transactions, clock);
    }

    @Bean
    IssueReaders issueReaders(Enterprises enterprises) {
        return new IssueReaders(enterprises);
    }

    @Bean
    TicketTracking ticketTracking(Issues issues, IssueEventPublisher events, Transactions transactions) {
        return new TicketTracking(issues, events, transactions);
    }

    @Bean
    TriageDesk triageDesk(Issues issues, PolicySource policies, IssueEventPublisher events,
                          Transactions transactions, Clock clock) {
        return new TriageDesk(issues, policies, events, transactions, clock);
    }
}
