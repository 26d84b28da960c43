package gov.enterprise.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a validated JWT into a {@link SubjectAuthentication}. A token whose subject claim does not follow the
 * subject grammar is refused as an invalid token (401): a signature alone does not make a caller.
 */
public final class SubjectAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String subjectClaim;

    /** @param subjectClaim the claim that holds the subject string; {@code sub} unless the provider can't put it there */
    public SubjectAuthenticationConverter(String subjectClaim) {
        this.subjectClaim = subjectClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String value = jwt.getClaimAsString(subjectClaim);
        try {
            return new SubjectAuthentication(jwt, Subject.parse(value));
        } catch (InvalidSubjectException e) {
            throw new InvalidBearerTokenException("The token's subject is not recognised: " + e.getMessage(), e);
        }
    }
}
