package gov.enterprise.edge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one entry point: routes client requests by path prefix to the service that owns them, streaming bodies
 * both ways. It authenticates nothing (each service validates the bearer token itself) and adds no identity.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EdgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(EdgeApplication.class, args);
    }
}
