package gov.enterprise.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain is plain Java: its feature packages know no Spring, Kafka, JDBC or messaging library; adapters live in
 * their {@code store} and {@code web} sub-packages, and only {@code messaging} and {@code config} touch Kafka and the
 * messaging library.
 */
@AnalyzeClasses(packages = "gov.enterprise.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {
            "gov.enterprise.intake.catalog", "gov.enterprise.intake.classification", "gov.enterprise.intake.deadline",
            "gov.enterprise.intake.duplicate", "gov.enterprise.intake.enterprise", "gov.enterprise.intake.issue",
            "gov.enterprise.intake.policy", "gov.enterprise.intake.routing", "gov.enterprise.intake.triage"};

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "gov.enterprise.messaging..", "gov.enterprise.contracts..",
                    "tools.jackson..", "jakarta..")
            .because("domain decisions must be testable without a framework, a broker or a database");

    @ArchTest
    static final ArchRule onlyMessagingAndConfigTouchKafka = noClasses().that()
            .resideOutsideOfPackages("gov.enterprise.intake.messaging..", "gov.enterprise.intake.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "gov.enterprise.messaging..")
            .because("events enter and leave the service through messaging/ only");

    @ArchTest
    static final ArchRule theWireFormatStaysInMessaging = noClasses().that()
            .resideOutsideOfPackages("gov.enterprise.intake.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("gov.enterprise.contracts..")
            .because("a mapper in messaging/ turns domain facts into published contracts");

    @ArchTest
    static final ArchRule webAndStoreAdaptersDoNotKnowEachOther = noClasses().that()
            .resideInAnyPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "gov.enterprise.security..");
}
