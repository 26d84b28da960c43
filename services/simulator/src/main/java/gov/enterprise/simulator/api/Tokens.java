package gov.enterprise.simulator.api;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens from the local stack's development identity provider ({@code POST /dev/token} on the edge), one per
 * subject, cached until a minute before they expire. Users in the simulator are subjects: {@code admin},
 * {@code cadre:c-0017}, {@code officer:NRP}, {@code enterprise:<uscc>}...
 */
public final class Tokens {

    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final URI tokenEndpoint;
    private final HttpTransport http;
    private final JsonMapper json;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public Tokens(URI base, HttpTransport http, JsonMapper json) {
        this.tokenEndpoint = URI.create(base + "/dev/token");
        this.http = http;
        this.json = json;
    }

    /** A valid token for the subject, from the cache or freshly issued. */
    public String forSubject(String subject) {
        Token token = cache.get(subject);
        if (token == null || Instant.now().isAfter(token.renewAt())) {
            token = issue(subject);
            cache.put(subject, token);
        }
        return token.value();
    }

    public int cached() {
        return cache.size();
    }

    private Token issue(String subject) {
        byte[] body = json.writeValueAsBytes(Map.of("subject", subject));
        var request = new ApiRequest("POST", tokenEndpoint, Map.of(), body);
        HttpTransport.Answer response;
        try {
            response = http.exchange(request);
        } catch (IOException e) {
            throw new ServiceUnavailableException("dev-identity", "no answer from " + tokenEndpoint
                    + " (is the stack up? ./stack status): " + e);
        }
        if (response.status() == 404 || response.status() == 503) {
            throw new ServiceUnavailableException("dev-identity", "POST /dev/token answered " + response.status()
                    + " (the local stack's identity provider runs behind the edge with the local profile only)");
        }
        JsonNode answer = json.readTree(response.body());
        String value = answer.path("access_token").asString("");
        if (response.status() != 200 || value.isEmpty()) {
            throw new IllegalArgumentException("no token for '" + subject + "': " + response.status() + " "
                    + answer.path("detail").asString(new String(response.body())));
        }
        long expiresIn = answer.path("expires_in").asLong(3600);
        return new Token(value, Instant.now().plusSeconds(expiresIn).minus(RENEW_BEFORE));
    }

    private record Token(String value, Instant renewAt) {
    }
}
