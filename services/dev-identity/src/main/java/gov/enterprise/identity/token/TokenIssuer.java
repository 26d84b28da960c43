package gov.enterprise.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import gov.enterprise.identity.IdentityProperties;
import gov.enterprise.identity.key.SigningKey;
import gov.enterprise.security.Subject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Signs an access token for a subject: RS256, {@code iss}, {@code sub}, {@code aud}, {@code exp}, scope "ticketing". */
@Component
public class TokenIssuer {

    static final String SCOPE = "ticketing";

    private final SigningKey key;
    private final IdentityProperties properties;
    private final Clock clock;
    private final RSASSASigner signer;

    @Autowired
    TokenIssuer(SigningKey key, IdentityProperties properties) {
        this(key, properties, Clock.systemUTC());
    }

    TokenIssuer(SigningKey key, IdentityProperties properties, Clock clock) {
        this.key = key;
        this.properties = properties;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(key.privateKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key can't sign", e);
        }
    }

    public IssuedToken issue(Subject subject) {
        Instant now = clock.instant();
        Instant expiry = now.plus(properties.tokenLifetime());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .subject(subject.toString())
                .audience(properties.audience())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("scope", SCOPE)
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.keyId())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), properties.tokenLifetime().toSeconds());
    }

    /** A signed token and how many seconds it is valid. */
    public record IssuedToken(String value, long expiresInSeconds) {
    }
}
