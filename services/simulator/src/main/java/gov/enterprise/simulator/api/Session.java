package gov.enterprise.simulator.api;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The simulated users' access to the API: at most {@code concurrency} requests in flight whatever the number of
 * users waiting, and retries the way the mobile app retries (a lost connection, an answer still in flight for the
 * same Idempotency-Key, an overloaded service), with the same key and body. Once a needed service turns out to be
 * unavailable the session is aborted and every later call fails fast with the same reason.
 */
public final class Session {

    private static final int ATTEMPTS = 6;

    private final Api api;
    private final Semaphore permits;
    private final AtomicBoolean aborted = new AtomicBoolean();
    private volatile ServiceUnavailableException abortReason;
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();

    public Session(Api api, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.api = api;
        this.permits = new Semaphore(concurrency, true);
    }

    public Api api() {
        return api;
    }

    public ApiResponse get(String subject, String path) {
        return call("GET", subject, path, null, Map.of());
    }

    public ApiResponse post(String subject, String path, Object body) {
        return call("POST", subject, path, body, Map.of());
    }

    public ApiResponse post(String subject, String path, Object body, Map<String, String> headers) {
        return call("POST", subject, path, body, headers);
    }

    public ApiResponse put(String subject, String path, Object body) {
        return call("PUT", subject, path, body, Map.of());
    }

    public ApiResponse call(String method, String subject, String path, Object body, Map<String, String> headers) {
        for (int attempt = 1; ; attempt++) {
            failIfAborted();
            ApiResponse response;
            try {
                response = once(method, subject, path, body, headers);
            } catch (UncheckedIOException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                retries.increment();
                pause(attempt);
                continue;
            } catch (ServiceUnavailableException e) {
                abort(e);
                throw e;
            }
            if (attempt < ATTEMPTS && retryable(response)) {
                retries.increment();
                pause(attempt);
                continue;
            }
            return response;
        }
    }

    private ApiResponse once(String method, String subject, String path, Object body, Map<String, String> headers) {
        permits.acquireUninterruptibly();
        try {
            requests.increment();
            return api.send(method, subject, path, body, headers);
        } finally {
            permits.release();
        }
    }

    private static boolean retryable(ApiResponse response) {
        return response.status() == 429 || response.status() == 503 || response.status() == 502
                || response.status() == 504
                || response.status() == 409 && "idempotency-key-in-flight".equals(response.problemSlug());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(3_000, 100L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops every user: the scenario cannot go on without this service. */
    public void abort(ServiceUnavailableException reason) {
        if (aborted.compareAndSet(false, true)) {
            abortReason = reason;
        }
    }

    public void failIfAborted() {
        if (aborted.get()) {
            throw abortReason;
        }
    }

    public boolean aborted() {
        return aborted.get();
    }

    public ServiceUnavailableException abortReason() {
        return abortReason;
    }

    public long requests() {
        return requests.sum();
    }

    public long retries() {
        return retries.sum();
    }
}
