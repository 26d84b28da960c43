package gov.enterprise.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key table. A key belongs to one caller (two callers may pick the same key) and stands for one request, by its
 * fingerprint. The first request claims the key IN_FLIGHT in a short transaction of its own, so a concurrent retry
 * sees it at once; the answer is stored in the request's own transaction, so it exists exactly when the request's
 * effects committed. A claim left IN_FLIGHT by a crashed instance expires and can be taken over: its effects never
 * committed.
 */
final class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final String table;

    IdempotencyKeys(DataSource dataSource, String schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = schema + ".idempotency_key";
    }

    Claim claim(String caller, String key, String fingerprint, Duration inFlightTimeout) {
        int inserted = jdbc.sql("insert into " + table + " (caller, key, fingerprint, state, locked_until) "
                        + "values (:caller, :key, :fingerprint, 'IN_FLIGHT', now() + :timeout * interval '1 millisecond') "
                        + "on conflict do nothing")
                .param("caller", caller).param("key", key).param("fingerprint", fingerprint)
                .param("timeout", inFlightTimeout.toMillis())
                .update();
        if (inserted == 1) {
            return new Claim.Granted();
        }
        var existing = jdbc.sql("select fingerprint, state, locked_until < now() as expired, response_status, "
                        + "response_headers, response_body from " + table + " where caller = :caller and key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, row) -> new Existing(rs.getString("fingerprint"), rs.getString("state"),
                        rs.getBoolean("expired"), new StoredResponse(rs.getInt("response_status"),
                        StoredResponse.decodeHeaders(rs.getString("response_headers")),
                        rs.getBytes("response_body"))))
                .optional();
        if (existing.isEmpty()) {
            // released between our insert and select: claim again
            return claim(caller, key, fingerprint, inFlightTimeout);
        }
        Existing row = existing.get();
        if (!row.fingerprint().equals(fingerprint)) {
            return new Claim.Mismatch();
        }
        if (row.state().equals("COMPLETED")) {
            return new Claim.Completed(row.response());
        }
        if (row.expired() && takeOver(caller, key, inFlightTimeout)) {
            return new Claim.Granted();
        }
        return new Claim.InFlight();
    }

    /** Stores the answer; runs inside the request's transaction. */
    void complete(String caller, String key, StoredResponse response) {
        jdbc.sql("update " + table + " set state = 'COMPLETED', locked_until = null, response_status = :status, "
                        + "response_headers = :headers, response_body = :body, completed_at = now() "
                        + "where caller = :caller and key = :key")
                .param("status", response.status()).param("headers", response.encodedHeaders())
                .param("body", response.body()).param("caller", caller).param("key", key)
                .update();
    }

    /** The request failed and changed nothing: the key is free for the retry. */
    void release(String caller, String key) {
        jdbc.sql("delete from " + table + " where caller = :caller and key = :key and state = 'IN_FLIGHT'")
                .param("caller", caller).param("key", key)
                .update();
    }

    int purgeOlderThan(Duration retention) {
        return jdbc.sql("delete from " + table + " where created_at < :cutoff")
                .param("cutoff", new Timestamp(System.currentTimeMillis() - retention.toMillis()))
                .update();
    }

    private boolean takeOver(String caller, String key, Duration inFlightTimeout) {
        return jdbc.sql("update " + table + " set locked_until = now() + :timeout * interval '1 millisecond' "
                        + "where caller = :caller and key = :key and state = 'IN_FLIGHT' and locked_until < now()")
                .param("timeout", inFlightTimeout.toMillis()).param("caller", caller).param("key", key)
                .update() == 1;
    }

    private record Existing(String fingerprint, String state, boolean expired, StoredResponse response) {
    }
}
