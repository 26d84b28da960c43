package gov.enterprise.web.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * A request whose database could not be reached or went away under it (a restart, a failover), wherever it failed:
 * in a controller or in a filter's own transaction (an idempotency key's). Mostly nothing was applied; a connection
 * that broke while committing leaves it unknown, which the request's own key or id settles on a retry. Either way the
 * client should send it again: a 503 with {@code Retry-After}, not a 500.
 */
final class LostDatabase {

    private static final Logger log = LoggerFactory.getLogger(LostDatabase.class);

    private LostDatabase() {
    }

    /**
     * A connection that could not be had or broke somewhere in the failure's causes: SQL states of class 08
     * (connection exception) and 57P (operator intervention: the server shutting down or starting), or the pool's
     * timeout waiting for a connection.
     */
    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The answer, with an {@code errorId} that is also in the log. */
    static ProblemException problem(String path, Throwable failure) {
        String errorId = UUID.randomUUID().toString();
        log.warn("Database unreachable {} on {}: {}", errorId, path, failure.toString());
        return Problems.unavailable("The service's database is not reachable; retry shortly (a retry with the same"
                        + " Idempotency-Key or id is applied once)")
                .withHeader(HttpHeaders.RETRY_AFTER, "5")
                .with("errorId", errorId);
    }
}
