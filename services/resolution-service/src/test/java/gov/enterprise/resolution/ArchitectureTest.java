package gov.enterprise.resolution;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout keeps its promises: the ticket domain is plain Java (no framework, no database, no broker, no wire
 * format); only {@code messaging} and {@code config} touch Kafka, the messaging backbone and the published contracts.
 */
@AnalyzeClasses(packages = "gov.enterprise.resolution", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainIsPlainJava = noClasses().that().resideInAPackage("..resolution.ticket..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "jakarta..", "tools.jackson..", "com.fasterxml..",
                    "gov.enterprise.messaging..", "gov.enterprise.contracts..", "gov.enterprise.web..")
            .because("the state machine is the product's heart: plain Java, tested without any framework");

    @ArchTest
    static final ArchRule theDomainKnowsNoOtherPartOfTheService = noClasses()
            .that().resideInAPackage("..resolution.ticket..")
            .should().dependOnClassesThat().resideInAnyPackage("..resolution.handling..", "..resolution.queue..",
                    "..resolution.history..", "..resolution.deadline..", "..resolution.messaging..",
                    "..resolution.config..", "..resolution.calendar..");

    @ArchTest
    static final ArchRule onlyMessagingAndConfigTouchKafkaAndTheWireFormat = noClasses()
            .that().resideOutsideOfPackages("..resolution.messaging..", "..resolution.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..",
                    "gov.enterprise.messaging..", "gov.enterprise.contracts..")
            .because("domain events stay inside the service; messaging maps them to the published contracts");
}
