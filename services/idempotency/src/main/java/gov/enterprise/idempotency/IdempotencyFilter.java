package gov.enterprise.idempotency;

import gov.enterprise.web.problem.ProblemException;
import gov.enterprise.web.problem.ProblemResponseWriter;
import gov.enterprise.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The {@code Idempotency-Key} request header (IETF httpapi draft) on create calls: the first request with a key runs
 * and its successful answer is stored; a retry with the same key and the same request gets that answer again
 * ({@code Idempotent-Replayed: true}) and changes nothing; the same key with a different request is a 422; a retry
 * while the first is still running is a 409. An answer that is not a success is not stored: it changed nothing, so
 * the retry runs afresh.
 *
 * <p>The request runs inside one transaction that claims the key first and stores the answer last, so the service's
 * own transactional work joins it and "effects committed" and "answer stored" are one fact.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Set<String> METHODS = Set.of("POST", "PATCH");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final TransactionTemplate transactions;
    private final ProblemResponseWriter problems;
    private final AntPathMatcher paths = new AntPathMatcher();

    IdempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties, TransactionTemplate transactions,
                      ProblemResponseWriter problems) {
        this.keys = keys;
        this.properties = properties;
        this.transactions = transactions;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !METHODS.contains(request.getMethod())
                || properties.paths().stream().noneMatch(p -> paths.match(p, request.getRequestURI()))
                || properties.excludedPaths().stream().anyMatch(p -> paths.match(p, request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response); // security answers; nothing to remember
            return;
        }
        String key = unquote(request.getHeader(HEADER));
        if (!KEY.matcher(key).matches()) {
            refuse(request, response, Problems.invalid(HEADER, "must be 1 to 255 visible ASCII characters"));
            return;
        }
        var cached = request.getContentLengthLong() > properties.maxBodyBytes() ? null
                : BufferedRequest.of(request, properties.maxBodyBytes());
        if (cached == null) {
            problems.write(response, ProblemResponseWriter.problem(request, HttpStatus.PAYLOAD_TOO_LARGE,
                    "Request too large", "A request with an Idempotency-Key may carry at most "
                            + properties.maxBodyBytes() + " bytes"));
            return;
        }
        String name = caller.getName();
        String fingerprint = fingerprint(cached);
        var captured = new ContentCachingResponseWrapper(response);
        Claim claim;
        try {
            claim = runOnce(cached, captured, chain, name, key, fingerprint);
        } catch (AnsweredMeanwhile e) {
            // another request with this key stored its answer between our look and our store; our effects rolled
            // back, and this request gets that answer (a key whose answer was purged meanwhile: retry later)
            captured.reset();
            claim = transactions.execute(tx -> keys.claim(name, key, fingerprint));
            if (claim instanceof Claim.Granted) {
                claim = new Claim.InFlight();
            }
        }
        switch (claim) {
            case Claim.Granted granted -> captured.copyBodyToResponse();
            case Claim.Completed completed -> replay(completed.response(), response);
            case Claim.Mismatch mismatch -> refuse(request, response, Problems.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request; use a new key for a new request"));
            case Claim.InFlight inFlight -> refuse(request, response, Problems.conflict("idempotency-key-in-flight",
                    "A request with this Idempotency-Key is still being processed; retry later"));
        }
    }

    /**
     * In one transaction: claims the key, and if it is this request's, runs the request and stores a successful
     * answer. An answer that is not a success rolls back, so nothing is stored and a retry runs afresh.
     */
    private Claim runOnce(BufferedRequest request, ContentCachingResponseWrapper captured, FilterChain chain,
                          String caller, String key, String fingerprint) throws ServletException, IOException {
        try {
            return transactions.execute(tx -> {
                Claim claim = keys.claim(caller, key, fingerprint);
                if (!(claim instanceof Claim.Granted)) {
                    return claim;
                }
                try {
                    chain.doFilter(request, captured);
                } catch (IOException | ServletException e) {
                    throw new FailedRequest(e);
                }
                if (captured.getStatus() < 200 || captured.getStatus() > 299) {
                    tx.setRollbackOnly();
                } else if (!keys.store(caller, key, fingerprint, answerOf(captured))) {
                    throw new AnsweredMeanwhile();
                }
                return claim;
            });
        } catch (FailedRequest e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) e.getCause();
        }
    }

    private static StoredResponse answerOf(ContentCachingResponseWrapper response) {
        var headers = new LinkedHashMap<String, String>();
        for (String name : StoredResponse.REPLAYED_HEADERS) {
            String value = name.equals("Content-Type") ? response.getContentType() : response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new StoredResponse(response.getStatus(), headers, response.getContentAsByteArray());
    }

    private static void replay(StoredResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
            throws IOException {
        var body = problem.getBody();
        body.setInstance(URI.create(request.getRequestURI()));
        problems.write(response, body);
    }

    private static String fingerprint(BufferedRequest request) {
        return fingerprint(request.getMethod(), request.getRequestURI(), request.getQueryString(), request.body());
    }

    /** The request, as far as "the same request" goes: method, path and query, and body. */
    static String fingerprint(String method, String path, String query, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            String target = method + " " + path + (query == null ? "" : "?" + query) + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The draft defines the header as a structured-field string ({@code "abc"}); a bare token is accepted too. */
    private static String unquote(String value) {
        String trimmed = value.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** Rolls the request's transaction back: its key was answered by another request meanwhile. */
    private static final class AnsweredMeanwhile extends RuntimeException {

        AnsweredMeanwhile() {
            super(null, null, false, false);
        }
    }

    /** Carries a checked failure of the filter chain out of the transaction callback. */
    private static final class FailedRequest extends RuntimeException {

        FailedRequest(Exception cause) {
            super(cause);
        }
    }
}
