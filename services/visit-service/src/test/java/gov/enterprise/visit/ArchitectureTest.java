package gov.enterprise.visit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout keeps the domain free of frameworks: feature packages hold plain Java; {@code store} packages talk to
 * the database, {@code web} packages to HTTP, and only {@code messaging} and {@code config} know Kafka and the event
 * backbone.
 */
@AnalyzeClasses(packages = "gov.enterprise.visit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] DOMAIN = {"gov.enterprise.visit.shared", "gov.enterprise.visit.reference",
            "gov.enterprise.visit.enterprise", "gov.enterprise.visit.pairing", "gov.enterprise.visit.visit",
            "gov.enterprise.visit.issue", "gov.enterprise.visit.access", "gov.enterprise.visit.file",
            "gov.enterprise.visit.portfolio"};

    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "gov.enterprise.messaging..", "gov.enterprise.contracts..",
                    "gov.enterprise.web..", "jakarta..", "tools.jackson..")
            .because("the domain is plain Java; adapters translate at its edges");

    @ArchTest
    static final ArchRule onlyMessagingAndConfigKnowTheBackbone = noClasses().that()
            .resideOutsideOfPackages("gov.enterprise.visit.messaging..", "gov.enterprise.visit.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "gov.enterprise.messaging..", "gov.enterprise.contracts..")
            .because("only the messaging adapter maps domain facts to the published contracts");

    @ArchTest
    static final ArchRule webDoesNotTouchTheDatabase = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.springframework.jdbc..")
            .because("controllers go through the domain");

    @ArchTest
    static final ArchRule storesDoNotServeHttp = noClasses().that().resideInAPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "gov.enterprise.web..")
            .because("stores only persist");
}
