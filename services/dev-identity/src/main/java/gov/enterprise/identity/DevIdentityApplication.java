package gov.enterprise.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DevIdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIdentityApplication.class, args);
    }
}
