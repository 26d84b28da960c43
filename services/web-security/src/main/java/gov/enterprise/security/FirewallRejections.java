package gov.enterprise.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gov.enterprise.web.problem.ProblemResponseWriter;
import gov.enterprise.web.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request the firewall refused (a path with ';', '//' or an encoded '%', a header with control characters, ...) is
 * a 400 problem naming the rule it broke. Spring's default sent a bare 400, which the error page could only call "a
 * request that could not be processed".
 */
final class FirewallRejections implements RequestRejectedHandler {

    private static final String REJECTED = "The request was rejected because ";
    private static final String BLOCKED = REJECTED + "the URL contained a potentially malicious String \"";

    private final ProblemResponseWriter problems;

    FirewallRejections(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        ProblemDetail problem = ProblemResponseWriter.problem(request, HttpStatus.BAD_REQUEST, "Bad request",
                rule(rejected.getMessage()));
        problem.setType(ProblemTypes.MALFORMED_REQUEST);
        problems.write(response, problem);
    }

    /**
     * The rule behind the firewall's reason. The reasons are Spring Security's fixed English sentences, told apart by
     * how they begin (what follows may quote the client's own headers and parameters); one it adds later gets the
     * general rule. What they quote of the request is not repeated, except the blocked string, which comes from the
     * firewall's own list.
     */
    static String rule(String reason) {
        String text = reason == null ? "" : reason;
        if (text.startsWith(BLOCKED)) {
            int end = text.lastIndexOf('"');
            return blockedInPath(end >= BLOCKED.length() ? text.substring(BLOCKED.length(), end) : "");
        }
        if (text.startsWith(REJECTED + "the URL was not normalized")) {
            return "The path must be normalised: no empty segments ('//') and no '.' or '..' segments";
        }
        if (text.startsWith(REJECTED + "the HTTP method")) {
            return "The method is not one this API serves";
        }
        if (text.startsWith(REJECTED + "the header")) {
            return "A header's name or value has characters that are not allowed: control characters, unassigned"
                    + " code points";
        }
        if (text.startsWith(REJECTED + "the parameter")) {
            return "A parameter's name or value has characters that are not allowed: control characters, unassigned"
                    + " code points";
        }
        if (text.startsWith(REJECTED + "the domain")) {
            return "The host is not one this API serves";
        }
        if (text.endsWith("can only contain printable ASCII characters.")) {
            return "The path must be printable ASCII, anything else percent-encoded (RFC 3986)";
        }
        return "The request breaks a rule of the request firewall";
    }

    private static String blockedInPath(String found) {
        return switch (found.toLowerCase(Locale.ROOT)) {
            case ";", "%3b" -> "The path must not have ';' (path parameters), written or encoded (%3B)";
            case "%25" -> "The path must not have an encoded '%' (%25)";
            case "%2e" -> "The path must not have an encoded '.' (%2E)";
            case "//", "%2f%2f", "/%2f", "%2f/" -> "The path must not have empty segments ('//')";
            case "\\", "%2f", "%5c" -> "The path must not have '\\' or an encoded '/' or '\\' (%2F, %5C)";
            case "\0", "%00" -> "The path must not have NUL (%00)";
            case "\n", "\r", "%0a", "%0d", "\u2028", "\u2029" ->
                    "The path must not have line breaks, written or encoded";
            default -> "The path must not have \"" + found + "\"";
        };
    }
}
