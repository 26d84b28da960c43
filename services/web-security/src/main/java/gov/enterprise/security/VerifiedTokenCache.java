package gov.enterprise.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the decoder has already verified, until they expire, so that a client sending the same bearer
 * token with every request pays for the signature check and the claim validation once instead of on every request
 * (in profiles under load, decoding was close to a tenth of a service's request-path CPU).
 *
 * <p>Only the exact token string that passed the full check is remembered; a token is forgotten at its own expiry
 * ({@code exp}), which is stricter than the decoder's (it tolerates a minute of clock skew), so nothing is accepted
 * here that the decoder would refuse at that moment. A token without an expiry is never remembered. Refusals are not
 * remembered: a refused token is checked again, and refused again, each time. The number of remembered tokens is
 * bounded; when it is reached, expired tokens are dropped first, and if none are, all are.
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final int capacity;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(JwtDecoder decoder, Clock clock, int capacity) {
        this.decoder = decoder;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        Instant now = clock.instant();
        if (known != null) {
            if (now.isBefore(known.getExpiresAt())) {
                return known;
            }
            verified.remove(token, known);
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            if (verified.size() >= capacity) {
                makeRoom(now);
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }

    private void makeRoom(Instant now) {
        verified.values().removeIf(jwt -> !now.isBefore(jwt.getExpiresAt()));
        if (verified.size() >= capacity) {
            verified.clear();
        }
    }
}
