package gov.enterprise.identity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalProfileGuardIT {

    @Test
    void refusesToStartWithoutTheLocalProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DevIdentityApplication.class)
                .run("--server.port=0").close())
                .isInstanceOf(LocalProfileGuard.LocalProfileRequiredException.class)
                .hasMessageContaining("'local' profile");
    }

    @Test
    void refusesToStartInAnyOtherProfile() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DevIdentityApplication.class)
                .profiles("prod")
                .run("--server.port=0").close())
                .isInstanceOf(LocalProfileGuard.LocalProfileRequiredException.class);
    }
}
