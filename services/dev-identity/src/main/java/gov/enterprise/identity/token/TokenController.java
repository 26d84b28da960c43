package gov.enterprise.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;

import gov.enterprise.identity.authorize.AuthorizationCodes;
import gov.enterprise.security.InvalidSubjectException;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token {"subject": "officer:NRP"}}: a token for any well-formed subject, no credentials asked
 * (scripts, tests, the load generator). The same endpoint, form-encoded, is the token endpoint of the authorization
 * code flow with PKCE that browser applications use ({@code grant_type=authorization_code}). The subject grammar is
 * the one services parse ({@link Subject}), so a token issued here is never refused for its subject.
 */
@RestController
class TokenController {

    private final TokenIssuer issuer;

    private final AuthorizationCodes codes;

    TokenController(TokenIssuer issuer, AuthorizationCodes codes) {
        this.issuer = issuer;
        this.codes = codes;
    }

    @PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> token(@RequestBody TokenRequest request) {
        Subject subject;
        try {
            subject = Subject.parse(request.subject());
        } catch (InvalidSubjectException e) {
            throw Problems.invalid("subject", e.getMessage());
        }
        return issued(subject);
    }

    /** The code exchange (RFC 6749 §4.1.3, RFC 7636 §4.5); refusals are OAuth's own error format (§5.2). */
    @PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> exchange(@RequestParam(name = "grant_type", required = false) String grantType,
                               @RequestParam(required = false) String code,
                               @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                               @RequestParam(name = "client_id", required = false) String clientId,
                               @RequestParam(name = "code_verifier", required = false) String codeVerifier) {
        if (!"authorization_code".equals(grantType)) {
            return refused("unsupported_grant_type", "only authorization_code is supported here");
        }
        return codes.exchange(code, clientId, redirectUri, codeVerifier)
                .<ResponseEntity<?>>map(this::issued)
                .orElseGet(() -> refused("invalid_grant", "the code is unknown, spent or expired, or was issued for"
                        + " another client, redirect_uri or code_challenge"));
    }

    private ResponseEntity<TokenResponse> issued(Subject subject) {
        TokenIssuer.IssuedToken token = issuer.issue(subject);
        // RFC 6749 5.1: token responses must not be cached
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds(), subject.toString()));
    }

    private static ResponseEntity<Map<String, String>> refused(String error, String description) {
        return ResponseEntity.badRequest().cacheControl(CacheControl.noStore())
                .body(Map.of("error", error, "error_description", description));
    }

    record TokenRequest(String subject) {
    }

    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String subject) {
    }
}
