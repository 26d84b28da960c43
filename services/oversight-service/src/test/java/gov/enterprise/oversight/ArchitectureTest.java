package gov.enterprise.oversight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The figures' domain ({@code figure}: how an issue's events become counters, how figures, periods and rankings are
 * computed) is plain Java; only {@code messaging} and {@code config} touch Kafka and the messaging library, and only
 * {@code messaging} knows the published contracts.
 */
@AnalyzeClasses(packages = "gov.enterprise.oversight", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("gov.enterprise.oversight.figure..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "org.postgresql..", "gov.enterprise.messaging..",
                    "gov.enterprise.contracts..", "gov.enterprise.security..", "gov.enterprise.web..",
                    "tools.jackson..", "com.fasterxml..", "jakarta..")
            .because("figure definitions must be testable without a framework, a broker or a database");

    @ArchTest
    static final ArchRule onlyMessagingAndConfigTouchKafka = noClasses().that()
            .resideOutsideOfPackages("gov.enterprise.oversight.messaging..", "gov.enterprise.oversight.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "gov.enterprise.messaging..")
            .because("events enter the service through messaging/ only");

    @ArchTest
    static final ArchRule theWireFormatStaysInMessaging = noClasses().that()
            .resideOutsideOfPackages("gov.enterprise.oversight.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("gov.enterprise.contracts..")
            .because("a mapper in messaging/ turns published contracts into the read models' own changes");
}
