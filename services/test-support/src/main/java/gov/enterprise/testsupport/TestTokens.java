package gov.enterprise.testsupport;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signed RS256 access tokens for integration tests. {@link #forSubject} is valid for every service started with
 * {@link IntegrationTest}; the others each break exactly one rule, for negative security tests.
 *
 * <pre>
 * mvc.get().uri("/api/v1/visits").header("Authorization", "Bearer " + TestTokens.forSubject("officer:NRP"))
 * </pre>
 */
public final class TestTokens {

    public static final String AUDIENCE = "ticketing-api";
    public static final String SCOPE = "ticketing";
    public static final String OTHER_ISSUER = "https://other-issuer.test.invalid";

    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    /** A valid token for {@code subject} (for example {@code officer:NRP}) with scope {@value #SCOPE}. */
    public static String forSubject(String subject) {
        return token(subject, issuer(), AUDIENCE, SCOPE, Instant.now(), signingKey());
    }

    /** Valid except for the scope claim. */
    public static String withScope(String subject, String scope) {
        return token(subject, issuer(), AUDIENCE, scope, Instant.now(), signingKey());
    }

    /** Signed by the right key, but issued by {@value #OTHER_ISSUER}. */
    public static String fromOtherIssuer(String subject) {
        return token(subject, OTHER_ISSUER, AUDIENCE, SCOPE, Instant.now(), signingKey());
    }

    /** Expired ten minutes ago, beyond any clock-skew allowance. */
    public static String expired(String subject) {
        return token(subject, issuer(), AUDIENCE, SCOPE, Instant.now().minus(LIFETIME).minus(Duration.ofMinutes(10)),
                signingKey());
    }

    /** Valid except for the audience. */
    public static String withAudience(String subject, String audience) {
        return token(subject, issuer(), audience, SCOPE, Instant.now(), signingKey());
    }

    /** Valid claims and the right key id, signed by a key the issuer never published. */
    public static String signedByUnknownKey(String subject) {
        return token(subject, issuer(), AUDIENCE, SCOPE, Instant.now(), TestIssuer.shared().unknownKey());
    }

    /** The issuer ({@code iss}) valid tokens carry, also set as the services' {@code issuer-uri}. */
    public static String issuer() {
        return TestIssuer.shared().issuer();
    }

    /** Where the issuer's public key is published (the services' {@code jwk-set-uri}). */
    public static URI jwkSetUri() {
        return TestIssuer.shared().jwkSetUri();
    }

    private static RSAKey signingKey() {
        return TestIssuer.shared().signingKey();
    }

    private static String token(String subject, String issuer, String audience, String scope, Instant issuedAt,
            RSAKey key) {
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(List.of(audience))
                .claim("scope", scope)
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
        try {
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a test token", e);
        }
    }
}
