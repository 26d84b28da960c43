package gov.enterprise.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gov.enterprise.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The load generator is the core: it knows nothing of the API, the campaign or the scenarios. */
    @ArchTest
    static final ArchRule theGeneratorStandsAlone = noClasses().that().resideInAPackage("..simulator.load..")
            .should().dependOnClassesThat().resideInAnyPackage("..simulator.api..", "..simulator.campaign..",
                    "..simulator.bench..", "..simulator.baseline..", "..simulator.resource..");

    /** The campaign is what users do; measuring it is the scenarios' business. */
    @ArchTest
    static final ArchRule theCampaignDoesNotMeasure = noClasses().that().resideInAPackage("..simulator.campaign..")
            .should().dependOnClassesThat().resideInAnyPackage("..simulator.bench..", "..simulator.load..",
                    "..simulator.baseline..");

    /** No Spring: a plain client of the API. */
    @ArchTest
    static final ArchRule noSpring = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..");
}
