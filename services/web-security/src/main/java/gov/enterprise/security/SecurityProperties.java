package gov.enterprise.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ticketing.security.*}. Token validation itself is configured with Boot's standard
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 *
 * @param subjectClaim the JWT claim holding the subject string ({@code officer:NRP}); {@code sub} by default.
 *                     A production identity provider that can't put the subject in {@code sub} maps it to
 *                     another claim, named here.
 */
@ConfigurationProperties("ticketing.security")
public record SecurityProperties(String subjectClaim) {

    public SecurityProperties {
        if (subjectClaim == null || subjectClaim.isBlank()) {
            subjectClaim = "sub";
        }
    }
}
