package gov.enterprise.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;

import gov.enterprise.security.InvalidSubjectException;
import gov.enterprise.security.Subject;
import gov.enterprise.web.problem.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token {"subject": "officer:NRP"}}: a token for any well-formed subject, no credentials asked.
 * The subject grammar is the one services parse ({@link Subject}), so a token issued here is never refused for
 * its subject.
 */
@RestController
class TokenController {

    private final TokenIssuer issuer;

    TokenController(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> token(@RequestBody TokenRequest request) {
        Subject subject;
        try {
            subject = Subject.parse(request.subject());
        } catch (InvalidSubjectException e) {
            throw Problems.invalid("subject", e.getMessage());
        }
        TokenIssuer.IssuedToken token = issuer.issue(subject);
        // RFC 6749 5.1: token responses must not be cached
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new TokenResponse(token.value(), "Bearer", token.expiresInSeconds(), subject.toString()));
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
