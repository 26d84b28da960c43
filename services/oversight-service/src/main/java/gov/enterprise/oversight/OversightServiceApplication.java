package gov.enterprise.oversight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OversightServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OversightServiceApplication.class, args);
    }
}
