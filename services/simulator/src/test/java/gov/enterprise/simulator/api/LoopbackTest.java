package gov.enterprise.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void loopbackAddressesAreAccepted() {
        assertThat(Loopback.require("http://127.0.0.1:8080/").toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(Loopback.require("http://localhost:8080").getHost()).isEqualTo("localhost");
        assertThat(Loopback.require("http://[::1]:8080").getPort()).isEqualTo(8080);
        assertThat(Loopback.require("http://127.1.2.3:9").getPort()).isEqualTo(9);
    }

    @Test
    void anythingElseIsRefusedBeforeASingleRequest() {
        assertThatThrownBy(() -> Loopback.require("http://10.0.0.5:8080")).hasMessageContaining("not a loopback");
        assertThatThrownBy(() -> Loopback.require("http://192.168.1.1")).hasMessageContaining("not a loopback");
        assertThatThrownBy(() -> Loopback.require("ftp://127.0.0.1")).hasMessageContaining("http");
        assertThatThrownBy(() -> Loopback.require("http:///path")).hasMessageContaining("host");
        assertThatThrownBy(() -> Api.connect("http://8.8.8.8:8080")).hasMessageContaining("not a loopback");
    }
}
