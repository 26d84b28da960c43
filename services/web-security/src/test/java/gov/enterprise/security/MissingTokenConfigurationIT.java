package gov.enterprise.security;

import org.junit.jupiter.api.Test;

import gov.enterprise.security.sample.SampleApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissingTokenConfigurationIT {

    @Test
    void aServiceThatDoesNotSayWhichIssuerToTrustDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SampleApplication.class)
                .run("--server.port=0").close())
                .rootCause()
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt");
    }
}
