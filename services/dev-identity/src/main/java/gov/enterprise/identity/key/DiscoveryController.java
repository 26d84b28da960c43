package gov.enterprise.identity.key;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.enterprise.identity.IdentityProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public key (JWKS) and a minimal OpenID discovery document, so resource servers can be configured with
 * either {@code jwk-set-uri} or {@code issuer-uri}. Served at the root and under {@code /dev}, because the
 * discovery URL of issuer {@code http://host/dev} is {@code http://host/dev/.well-known/openid-configuration}.
 */
@RestController
class DiscoveryController {

    private final SigningKey key;
    private final IdentityProperties properties;

    DiscoveryController(SigningKey key, IdentityProperties properties) {
        this.key = key;
        this.properties = properties;
    }

    @GetMapping({"/.well-known/jwks.json", "/dev/.well-known/jwks.json"})
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(key.publicJwkSet());
    }

    @GetMapping({"/.well-known/openid-configuration", "/dev/.well-known/openid-configuration"})
    Map<String, Object> openidConfiguration() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", properties.issuer());
        document.put("jwks_uri", properties.jwksUri());
        document.put("authorization_endpoint", properties.authorizationEndpoint());
        document.put("token_endpoint", properties.tokenEndpoint());
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        return document;
    }
}
