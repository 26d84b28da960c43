package gov.enterprise.identity.key;

import gov.enterprise.identity.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    @Bean
    SigningKey signingKey(IdentityProperties properties) {
        return SigningKey.loadOrCreate(properties.keyFile());
    }
}
