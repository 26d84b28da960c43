package gov.enterprise.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ticketing.identity.*}.
 *
 * @param issuer        the {@code iss} of every token, and the base of the URLs the discovery document gives; it
 *                      must end in {@code /dev}, the path under which this app is reachable (the edge routes
 *                      {@code /dev/**} here)
 * @param audience      the {@code aud} of every token
 * @param keyFile       where the RSA signing key is kept (created on first start) so tokens survive restarts
 * @param tokenLifetime how long a token is valid
 * @param redirectUris  where the sign-in page may send a browser back with a code (compared exactly, as OAuth asks):
 *                      the dashboard through the edge
 */
@ConfigurationProperties("ticketing.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:8080/dev") String issuer,
        @DefaultValue("ticketing-api") String audience,
        @DefaultValue(".stack/identity/signing-key.json") Path keyFile,
        @DefaultValue("12h") Duration tokenLifetime,
        @DefaultValue({"http://localhost:8080/", "http://127.0.0.1:8080/"}) List<String> redirectUris) {

    public IdentityProperties {
        if (!issuer.endsWith("/dev")) {
            throw new IllegalArgumentException("ticketing.identity.issuer must end in /dev (where the token and "
                    + "key endpoints are served): " + issuer);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("ticketing.identity.token-lifetime must be positive");
        }
    }

    public String jwksUri() {
        return issuer + "/.well-known/jwks.json";
    }

    public String tokenEndpoint() {
        return issuer + "/token";
    }

    public String authorizationEndpoint() {
        return issuer + "/authorize";
    }
}
