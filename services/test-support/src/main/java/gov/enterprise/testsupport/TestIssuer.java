package gov.enterprise.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The token issuer of a test JVM: an RSA key pair whose public half is published as a JWK set over HTTP on a
 * loopback port, like an OIDC provider's {@code jwks_uri}. Its issuer identifier is the server's base URL, which
 * also answers OIDC discovery, so a resource server configured with {@code issuer-uri} alone works as well.
 */
final class TestIssuer {

    static final String KEY_ID = "test-signing-key";

    private static TestIssuer shared;

    private final RSAKey signingKey;
    private final RSAKey unknownKey;
    private final HttpServer server;
    private final AtomicInteger discoveryRequests = new AtomicInteger();

    private TestIssuer(RSAKey signingKey, RSAKey unknownKey, HttpServer server) {
        this.signingKey = signingKey;
        this.unknownKey = unknownKey;
        this.server = server;
    }

    static synchronized TestIssuer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0), "test-issuer-shutdown"));
        }
        return shared;
    }

    private static TestIssuer start() {
        try {
            RSAKey signingKey = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
            // same key id on purpose: a token signed by a stranger must fail on the signature, not on a missing kid
            RSAKey unknownKey = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var issuer = new TestIssuer(signingKey, unknownKey, server);
            server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(signingKey.toPublicJWK()).toString()));
            server.createContext("/.well-known/openid-configuration", exchange -> {
                issuer.discoveryRequests.incrementAndGet();
                respond(exchange, """
                        {"issuer":"%s","jwks_uri":"%s","id_token_signing_alg_values_supported":["RS256"],\
                        "subject_types_supported":["public"],"response_types_supported":["token"]}"""
                        .formatted(issuer.issuer(), issuer.jwkSetUri()));
            });
            server.start();
            return issuer;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate the test signing keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The {@code iss} of valid tokens: the JWKS server's base URL. */
    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI jwkSetUri() {
        return URI.create(issuer() + "/jwks");
    }

    RSAKey signingKey() {
        return signingKey;
    }

    RSAKey unknownKey() {
        return unknownKey;
    }

    /** How often the discovery document was fetched; with {@code jwk-set-uri} set it should stay 0. */
    int discoveryRequests() {
        return discoveryRequests.get();
    }
}
