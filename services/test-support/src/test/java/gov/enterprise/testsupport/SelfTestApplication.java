package gov.enterprise.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smallest application shaped like a service here: JDBC, a Kafka listener that answers on another topic, and
 * a JWT-protected endpoint (Boot's resource-server defaults: every request needs a valid token).
 */
@SpringBootApplication
public class SelfTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(SelfTestApplication.class, args);
    }

    @RestController
    static class WhoAmI {

        @GetMapping("/whoami")
        String whoAmI(@AuthenticationPrincipal Jwt jwt) {
            return jwt.getSubject();
        }
    }

    @Component
    static class GreetingAnswerer {

        private final KafkaTemplate<String, String> kafka;
        private final String answers;

        GreetingAnswerer(KafkaTemplate<String, String> kafka,
                @Value("${ticketing.messaging.topic-prefix}greetings.answered") String answers) {
            this.kafka = kafka;
            this.answers = answers;
        }

        @KafkaListener(topics = "${ticketing.messaging.topic-prefix}greetings", groupId = "self-test")
        void on(ConsumerRecord<String, String> greeting) {
            kafka.send(answers, greeting.key(), "answered: " + greeting.value());
        }
    }
}
