package gov.enterprise.resolution;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ResolutionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResolutionServiceApplication.class, args);
    }
}
