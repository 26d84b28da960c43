package gov.enterprise.simulator.resource;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineFactsTest {

    static final String JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xms64m -Xmx256m -XX:+UseSerialGC ";
    static final String JAR = " -jar .stack/jars/intake-service.jar --server.port=8082";

    @Test
    void theServicesCompilersAreReadFromTheirCommandLine() {
        assertThat(MachineFacts.compilers(JAVA + "-XX:TieredStopAtLevel=1" + JAR))
                .isEqualTo("C1 alone (-XX:TieredStopAtLevel=1)");
        assertThat(MachineFacts.compilers(JAVA + "-XX:TieredStopAtLevel=3" + JAR))
                .isEqualTo("C1 alone (-XX:TieredStopAtLevel=3)");
        assertThat(MachineFacts.compilers(JAVA + "-XX:TieredStopAtLevel=4" + JAR)).isEqualTo("C1 and C2");
        assertThat(MachineFacts.compilers(JAVA.strip() + JAR)).isEqualTo("C1 and C2");
        assertThat(MachineFacts.compilers(JAVA + "-XX:-TieredCompilation" + JAR))
                .isEqualTo("C2 alone (-XX:-TieredCompilation)");
    }

    @Test
    void theLastSettingOfAFlagWinsAsInTheJvm() {
        assertThat(MachineFacts.compilers(JAVA + "-XX:TieredStopAtLevel=1 -XX:TieredStopAtLevel=4" + JAR))
                .isEqualTo("C1 and C2");
        assertThat(MachineFacts.compilers(JAVA + "-XX:-TieredCompilation -XX:+TieredCompilation" + JAR))
                .isEqualTo("C1 and C2");
    }
}
