package gov.enterprise.oversight.messaging;

import gov.enterprise.contracts.envelope.CloudEventsBinding;
import gov.enterprise.messaging.TopicNames;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

    @Bean
    TopicReplay topicReplay(KafkaProperties kafka, TopicNames topics, CloudEventsBinding binding) {
        return new TopicReplay(kafka, topics, binding);
    }
}
