package gov.enterprise.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class IssuedTokensIT {

    private static final String SUBJECT = "officer:NRP";

    @Autowired
    TestEnvironment env;

    @LocalServerPort
    int port;

    @Test
    void aTokenValidatesWithNimbusAgainstThePublishedKeySet() throws Exception {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                JWKSourceBuilder.create(env.jwkSetUri().toURL()).retrying(false).build()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(TestTokens.AUDIENCE,
                new JWTClaimsSet.Builder().issuer(env.issuer()).build(), Set.of("sub", "iat", "exp", "scope", "jti")));

        JWTClaimsSet claims = processor.process(TestTokens.forSubject(SUBJECT), null);

        assertThat(claims.getSubject()).isEqualTo(SUBJECT);
        assertThat(claims.getStringClaim("scope")).isEqualTo(TestTokens.SCOPE);
        assertThatThrownBy(() -> processor.process(TestTokens.signedByUnknownKey(SUBJECT), null))
                .hasMessageContaining("Signed JWT rejected");
    }

    @Test
    void theApplicationAcceptsAValidToken() throws Exception {
        var response = whoAmI(TestTokens.forSubject(SUBJECT));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(SUBJECT);
    }

    @Test
    void theApplicationRejectsEveryBrokenToken() throws Exception {
        assertThat(whoAmI(null).statusCode()).isEqualTo(401);
        assertThat(whoAmI(TestTokens.fromOtherIssuer(SUBJECT)).statusCode()).isEqualTo(401);
        assertThat(whoAmI(TestTokens.expired(SUBJECT)).statusCode()).isEqualTo(401);
        assertThat(whoAmI(TestTokens.withAudience(SUBJECT, "another-api")).statusCode()).isEqualTo(401);
        assertThat(whoAmI(TestTokens.signedByUnknownKey(SUBJECT)).statusCode()).isEqualTo(401);
    }

    @Test
    void issuerIsCheckedWithoutFetchingDiscovery() throws Exception {
        whoAmI(TestTokens.forSubject(SUBJECT));
        whoAmI(TestTokens.fromOtherIssuer(SUBJECT));

        // jwk-set-uri is set, so Boot validates iss against issuer-uri locally and never asks the issuer
        assertThat(TestIssuer.shared().discoveryRequests()).isZero();
    }

    private HttpResponse<String> whoAmI(String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whoami"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
