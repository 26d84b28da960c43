package gov.enterprise.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocalInfraOptionsTest {

    @Test
    void defaultsAreTheLocalStackPorts() {
        var options = LocalInfraOptions.parse();

        assertThat(options).isEqualTo(new LocalInfraOptions(Path.of(".stack").toAbsolutePath(), 15432, 19092, 19093, "ticketing"));
    }

    @Test
    void everyOptionCanBeGiven() {
        var options = LocalInfraOptions.parse("--dir", "/tmp/x", "--pg-port", "1", "--kafka-port", "2",
                "--controller-port", "3", "--database", "other");

        assertThat(options).isEqualTo(new LocalInfraOptions(Path.of("/tmp/x"), 1, 2, 3, "other"));
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() {
        assertThatThrownBy(() -> LocalInfraOptions.parse("--verbose", "yes")).hasMessageContaining("unknown option --verbose");
        assertThatThrownBy(() -> LocalInfraOptions.parse("--pg-port", "x")).hasMessageContaining("--pg-port");
        assertThatThrownBy(() -> LocalInfraOptions.parse("--pg-port")).hasMessageContaining("missing value");
    }
}
