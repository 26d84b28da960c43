package gov.enterprise.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key table: one row per answer stored. A key belongs to one caller (two callers may pick the same key) and
 * stands for one request, by its fingerprint. Both methods run inside the request's own transaction: the request
 * holds its key with a transaction-scoped advisory lock from its first statement to its commit, so a concurrent
 * retry, on any instance, finds the lock taken; the answer is stored in that transaction, so it exists exactly when
 * the request's effects committed. A crashed instance's lock goes with its connection.
 */
final class IdempotencyKeys {

    /** The key's lock: one 64-bit advisory lock per caller and key, named apart from other advisory locks. */
    static final String KEY_LOCK = "hashtextextended('idempotency-key:' || :caller || chr(10) || :key, 0)";

    private final JdbcClient jdbc;
    private final String table;

    IdempotencyKeys(DataSource dataSource, String schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.table = schema + ".idempotency_key";
    }

    /**
     * Takes the key's lock for this transaction and reads its stored answer, in one statement. The row is read with
     * the statement's snapshot, taken a moment before the lock: an answer committed in between is not seen, and
     * {@link #store} then finds it, so the request's effects roll back instead of applying twice.
     */
    Claim claim(String caller, String key, String fingerprint) {
        return jdbc.sql("select pg_try_advisory_xact_lock(" + KEY_LOCK + ") as taken, k.fingerprint, "
                        + "k.response_status, k.response_headers, k.response_body from (select 1) as one left join "
                        + table
                        + " k on k.caller = :caller and k.key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, row) -> {
                    if (!rs.getBoolean("taken")) {
                        return new Claim.InFlight();
                    }
                    String stored = rs.getString("fingerprint");
                    if (stored == null) {
                        return new Claim.Granted();
                    }
                    if (!stored.equals(fingerprint)) {
                        return new Claim.Mismatch();
                    }
                    return new Claim.Completed(new StoredResponse(rs.getInt("response_status"),
                            StoredResponse.decodeHeaders(rs.getString("response_headers")),
                            rs.getBytes("response_body")));
                })
                .single();
    }

    /** Stores the answer; false if an answer for the key was stored meanwhile (see {@link #claim}). */
    boolean store(String caller, String key, String fingerprint, StoredResponse response) {
        return jdbc.sql("insert into " + table + " (caller, key, fingerprint, response_status, response_headers, "
                        + "response_body) values (:caller, :key, :fingerprint, :status, :headers, :body) "
                        + "on conflict do nothing")
                .param("caller", caller).param("key", key).param("fingerprint", fingerprint)
                .param("status", response.status()).param("headers", response.encodedHeaders())
                .param("body", response.body())
                .update() == 1;
    }

    int purgeOlderThan(Duration retention) {
        return jdbc.sql("delete from " + table + " where created_at < :cutoff")
                .param("cutoff", new Timestamp(System.currentTimeMillis() - retention.toMillis()))
                .update();
    }
}
