package gov.enterprise.identity.authorize;

import gov.enterprise.security.Subject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The codes of the authorization code flow with PKCE (RFC 7636): each is handed out once, for one subject, client,
 * redirect URI and code challenge, lives a minute, and is exchanged once, by whoever holds the verifier. Kept in
 * memory: a code outliving a restart of this development app is not worth a store.
 */
@Component
public class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofMinutes(1);
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Grant> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /** What a code was issued for. */
    record Grant(Subject subject, String clientId, String redirectUri, String codeChallenge, Instant expiresAt) {
    }

    String issue(Subject subject, String clientId, String redirectUri, String codeChallenge) {
        Instant now = clock.instant();
        pending.values().removeIf(grant -> grant.expiresAt().isBefore(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = URL_SAFE.encodeToString(bytes);
        pending.put(code, new Grant(subject, clientId, redirectUri, codeChallenge, now.plus(LIFETIME)));
        return code;
    }

    /**
     * The subject a code was issued for, if the exchange matches it: same client and redirect URI, a verifier whose
     * S256 hash is the challenge, not expired. The code is spent whatever the outcome, so it cannot be guessed at.
     */
    public Optional<Subject> exchange(String code, String clientId, String redirectUri, String codeVerifier) {
        Grant grant = code == null ? null : pending.remove(code);
        if (grant == null || grant.expiresAt().isBefore(clock.instant()) || codeVerifier == null
                || !grant.clientId().equals(clientId) || !grant.redirectUri().equals(redirectUri)
                || !MessageDigest.isEqual(challengeOf(codeVerifier).getBytes(StandardCharsets.US_ASCII),
                grant.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(grant.subject());
    }

    static String challengeOf(String verifier) {
        try {
            return URL_SAFE.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
