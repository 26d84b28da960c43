package gov.enterprise.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The development identity provider: signs a token for whatever subject is asked for. It exists so the local
 * stack needs no real identity provider, and it refuses to start outside the {@code local} profile
 * ({@link LocalProfileGuard}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DevIdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIdentityApplication.class, args);
    }
}
