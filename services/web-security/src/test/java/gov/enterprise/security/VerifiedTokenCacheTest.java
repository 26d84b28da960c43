package gov.enterprise.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    private final List<String> checked = new ArrayList<>();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Accepts "good-<minutes to expiry>" and "forever" (no exp); refuses anything else, as a real decoder would. */
    private final JwtDecoder decoder = token -> {
        checked.add(token);
        if (token.equals("forever")) {
            return jwt(token, null);
        }
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return jwt(token, NOW.plus(Duration.ofMinutes(Long.parseLong(token.substring(5)))));
    };

    private final VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, 3);

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        Jwt first = cache.decode("good-30");
        Jwt second = cache.decode("good-30");

        assertThat(second).isSameAs(first);
        assertThat(checked).containsExactly("good-30");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoder() {
        cache.decode("good-30");
        now = NOW.plus(Duration.ofMinutes(30));

        cache.decode("good-30");

        assertThat(checked).containsExactly("good-30", "good-30");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("forged", "forged");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenWithoutExpiryIsNotRemembered() {
        cache.decode("forever");
        cache.decode("forever");

        assertThat(checked).containsExactly("forever", "forever");
    }

    @Test
    void staysWithinItsCapacityDroppingExpiredTokensFirst() {
        cache.decode("good-1");
        cache.decode("good-20");
        cache.decode("good-30");
        now = NOW.plus(Duration.ofMinutes(2));

        cache.decode("good-40");

        assertThat(cache.size()).isEqualTo(3);
        checked.clear();
        cache.decode("good-20");
        cache.decode("good-30");
        assertThat(checked).isEmpty();
    }

    @Test
    void forgetsEverythingWhenFullOfValidTokens() {
        cache.decode("good-10");
        cache.decode("good-20");
        cache.decode("good-30");

        cache.decode("good-40");

        assertThat(cache.size()).isEqualTo(1);
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        var builder = Jwt.withTokenValue(token).header("alg", "RS256").subject("officer:NRP").issuedAt(NOW);
        if (expiresAt != null) {
            builder.expiresAt(expiresAt);
        }
        return builder.build();
    }
}
