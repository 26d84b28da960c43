package gov.enterprise.visit.config;

import gov.enterprise.messaging.outbox.Outbox;
import gov.enterprise.visit.access.ReadAccess;
import gov.enterprise.visit.enterprise.EnterpriseImport;
import gov.enterprise.visit.enterprise.EnterpriseRegistry;
import gov.enterprise.visit.enterprise.Enterprises;
import gov.enterprise.visit.enterprise.store.JdbcEnterprises;
import gov.enterprise.visit.file.EnterpriseFiles;
import gov.enterprise.visit.issue.IssueTracking;
import gov.enterprise.visit.issue.IssueViews;
import gov.enterprise.visit.issue.store.JdbcIssueViews;
import gov.enterprise.visit.messaging.OutboxEvents;
import gov.enterprise.visit.pairing.CadrePairing;
import gov.enterprise.visit.pairing.Pairings;
import gov.enterprise.visit.pairing.store.JdbcPairings;
import gov.enterprise.visit.portfolio.CadrePortfolio;
import gov.enterprise.visit.portfolio.ContactPolicy;
import gov.enterprise.visit.reference.ReferenceSource;
import gov.enterprise.visit.reference.store.JdbcReferenceSource;
import gov.enterprise.visit.shared.Transactions;
import gov.enterprise.visit.visit.VisitRecording;
import gov.enterprise.visit.visit.VisitWindow;
import gov.enterprise.visit.visit.Visits;
import gov.enterprise.visit.visit.store.JdbcVisits;
import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the plain-Java domain (which knows no framework) to its adapters: stores, the outbox, the clock and
 * transactions.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisitProperties.class)
public class VisitConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** First-start seed data, run by Flyway after the schema migrations. */
    @Bean
    JavaMigration seedReferenceData() {
        return new V3__Seed_reference_data();
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(new TransactionTemplate(transactionManager));
    }

    @Bean
    ReferenceSource referenceSource(JdbcClient jdbc, Clock clock, VisitProperties properties) {
        return new JdbcReferenceSource(jdbc, clock, properties.referenceRefresh());
    }

    @Bean
    Enterprises enterprises(JdbcClient jdbc) {
        return new JdbcEnterprises(jdbc);
    }

    @Bean
    Pairings pairings(JdbcClient jdbc) {
        return new JdbcPairings(jdbc);
    }

    @Bean
    Visits visits(JdbcClient jdbc) {
        return new JdbcVisits(jdbc);
    }

    @Bean
    IssueViews issueViews(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        return new JdbcIssueViews(jdbc, batches);
    }

    @Bean
    OutboxEvents outboxEvents(Outbox outbox) {
        return new OutboxEvents(outbox);
    }

    @Bean
    ReadAccess readAccess(Pairings pairings, ReferenceSource reference) {
        return new ReadAccess(pairings, reference);
    }

    @Bean
    EnterpriseRegistry enterpriseRegistry(Enterprises enterprises, OutboxEvents events, ReferenceSource reference,
                                          Transactions transactions, Clock clock) {
        return new EnterpriseRegistry(enterprises, events, reference, transactions, clock);
    }

    @Bean
    EnterpriseImport enterpriseImport(EnterpriseRegistry registry, ReferenceSource reference) {
        return new EnterpriseImport(registry, reference);
    }

    @Bean
    CadrePairing cadrePairing(Pairings pairings, Enterprises enterprises, OutboxEvents events,
                              Transactions transactions, Clock clock) {
        return new CadrePairing(pairings, enterprises, events, transactions, clock);
    }

    @Bean
    VisitRecording visitRecording(Visits visits, Pairings pairings, OutboxEvents events,
                                  Transactions transactions, Clock clock, VisitProperties properties) {
        return new VisitRecording(visits, pairings, events, transactions, clock,
                new VisitWindow(properties.backEntryWindow(), properties.futureTolerance()), UUID::randomUUID);
    }

    @Bean
    EnterpriseFiles enterpriseFiles(Enterprises enterprises, Pairings pairings, Visits visits, IssueViews issues,
                                    ReadAccess access, ReferenceSource reference) {
        return new EnterpriseFiles(enterprises, pairings, visits, issues, access, reference);
    }

    @Bean
    IssueTracking issueTracking(IssueViews views, Transactions transactions) {
        return new IssueTracking(views, transactions);
    }

    @Bean
    ContactPolicy contactPolicy(VisitProperties properties) {
        return new ContactPolicy(properties.contactPeriod(), properties.zone());
    }

    @Bean
    CadrePortfolio cadrePortfolio(Pairings pairings, Enterprises enterprises, Visits visits, IssueViews issues,
                                  ReadAccess access, ContactPolicy policy, Clock clock) {
        return new CadrePortfolio(pairings, enterprises, visits, issues, access, policy, clock);
    }
}
