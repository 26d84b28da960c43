package gov.enterprise.idempotency;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ticketing.idempotency.*}.
 *
 * @param paths        request paths (Ant patterns) where an {@code Idempotency-Key} header is honoured
 * @param excludedPaths paths among those where the header is ignored: requests that are idempotent by themselves and
 *                     may be larger than {@code maxBodyBytes} (a bulk import), which would otherwise be refused
 * @param retention    how long an answer is kept for replay; a client retries within minutes, not days
 * @param maxBodyBytes larger request bodies are refused (413) rather than buffered
 * @param schema       the schema of the key table; blank for the connection's current schema
 */
@ConfigurationProperties("ticketing.idempotency")
public record IdempotencyProperties(List<String> paths, List<String> excludedPaths, Duration retention,
                                    Integer maxBodyBytes, String schema) {

    public IdempotencyProperties {
        paths = paths == null || paths.isEmpty() ? List.of("/api/**") : List.copyOf(paths);
        excludedPaths = excludedPaths == null ? List.of() : List.copyOf(excludedPaths);
        retention = retention == null ? Duration.ofHours(24) : retention;
        maxBodyBytes = maxBodyBytes == null ? 1024 * 1024 : maxBodyBytes;
    }
}
