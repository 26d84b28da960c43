package gov.enterprise.identity.authorize;

import gov.enterprise.identity.IdentityProperties;
import gov.enterprise.security.InvalidSubjectException;
import gov.enterprise.security.Subject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The authorization endpoint of the code flow with PKCE, as a browser application (the dashboard) uses a real
 * identity provider: {@code GET /dev/authorize} shows a page where the developer types the subject to sign in as
 * (there are no passwords here), and its form sends the browser back to the application with a one-time code that
 * {@code POST /dev/token} exchanges for a token. A redirect URI that is not registered is refused on the page and
 * never redirected to.
 */
@RestController
class AuthorizeController {

    private static final String[] SUGGESTED = {"leader:331000", "leader:331002", "leader:331003", "head:NRP",
        "head:FIN", "admin"};

    private final AuthorizationCodes codes;
    private final IdentityProperties properties;

    AuthorizeController(AuthorizationCodes codes, IdentityProperties properties) {
        this.codes = codes;
        this.properties = properties;
    }

    /** The parameters of an authorization request (RFC 6749 §4.1.1, RFC 7636 §4.3), each null when absent. */
    record AuthorizationRequest(String responseType, String clientId, String redirectUri, String state,
                                String codeChallenge, String codeChallengeMethod, String scope) {

        static AuthorizationRequest of(Map<String, String> parameters) {
            return new AuthorizationRequest(parameters.get("response_type"), parameters.get("client_id"),
                    parameters.get("redirect_uri"), parameters.get("state"), parameters.get("code_challenge"),
                    parameters.get("code_challenge_method"), parameters.get("scope"));
        }
    }

    @GetMapping(path = "/dev/authorize", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam Map<String, String> parameters) {
        var request = AuthorizationRequest.of(parameters);
        return checked(request, () -> html(HttpStatus.OK, form(request, "leader:331000", null)));
    }

    /** The page's form: the same request, and the subject typed. */
    @PostMapping(path = "/dev/authorize", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> signIn(@RequestParam Map<String, String> parameters) {
        var request = AuthorizationRequest.of(parameters);
        String subject = parameters.get("subject");
        return checked(request, () -> {
            Subject signedIn;
            try {
                signedIn = Subject.parse(subject == null ? "" : subject.strip());
            } catch (InvalidSubjectException e) {
                return html(HttpStatus.BAD_REQUEST, form(request, subject, e.getMessage()));
            }
            String code = codes.issue(signedIn, request.clientId(), request.redirectUri(), request.codeChallenge());
            return redirect(back(request.redirectUri(), request.state(), "code", code));
        });
    }

    private ResponseEntity<String> checked(AuthorizationRequest request,
                                           Supplier<ResponseEntity<String>> then) {
        // Before anything else: an error may only be sent back to a registered redirect URI (RFC 6749 §4.1.2.1).
        if (request.redirectUri() == null || !properties.redirectUris().contains(request.redirectUri())) {
            return html(HttpStatus.BAD_REQUEST, page("Sign-in refused", "<p class=\"error\">redirect_uri "
                    + escape(request.redirectUri()) + " is not registered here (ticketing.identity.redirect-uris: "
                    + escape(String.join(", ", properties.redirectUris())) + ").</p>"));
        }
        if (request.clientId() == null || request.clientId().isBlank()) {
            return html(HttpStatus.BAD_REQUEST, page("Sign-in refused", "<p class=\"error\">client_id is missing."
                    + "</p>"));
        }
        if (!"code".equals(request.responseType())) {
            return redirect(back(request.redirectUri(), request.state(), "error", "unsupported_response_type"));
        }
        if (request.codeChallenge() == null || !"S256".equals(request.codeChallengeMethod())
                || !request.codeChallenge().matches("[A-Za-z0-9_-]{43}")) {
            return redirect(back(request.redirectUri(), request.state(), "error", "invalid_request",
                    "error_description", "PKCE with code_challenge_method S256 is required"));
        }
        return then.get();
    }

    /** The redirect URI with {@code namesAndValues} and the state, each value encoded whole. */
    private static URI back(String redirectUri, String state, String... namesAndValues) {
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        if (state != null) {
            values.put("state", state);
        }
        var uri = UriComponentsBuilder.fromUriString(redirectUri);
        values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.encode().buildAndExpand(values).toUri();
    }

    private static ResponseEntity<String> redirect(URI to) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(to).cacheControl(CacheControl.noStore()).build();
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .body(body);
    }

    private static String form(AuthorizationRequest request, String subject, String error) {
        var hidden = new StringBuilder();
        hidden(hidden, "response_type", request.responseType());
        hidden(hidden, "client_id", request.clientId());
        hidden(hidden, "redirect_uri", request.redirectUri());
        hidden(hidden, "state", request.state());
        hidden(hidden, "code_challenge", request.codeChallenge());
        hidden(hidden, "code_challenge_method", request.codeChallengeMethod());
        hidden(hidden, "scope", request.scope());
        var options = new StringBuilder();
        for (String suggested : SUGGESTED) {
            options.append("<option value=\"").append(suggested).append("\"></option>");
        }
        return page("Development sign-in", "<p>" + escape(request.clientId()) + " asks who you are. There are no"
                + " passwords here: type any subject (leader:&lt;region&gt;, head:&lt;department&gt;, admin, ...).</p>"
                + "<form method=\"post\" action=\"/dev/authorize\">" + hidden
                + "<label>Subject <input id=\"subject\" name=\"subject\" list=\"subjects\" required value=\""
                + escape(subject) + "\"></label><datalist id=\"subjects\">" + options + "</datalist>"
                + "<button id=\"sign-in\" type=\"submit\">Sign in</button></form>"
                + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>"));
    }

    private static void hidden(StringBuilder form, String name, String value) {
        if (value != null) {
            form.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value))
                    .append("\">");
        }
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto}.error{color:#b00}"
                + "input{margin:0 .5em}</style></head><body><h1>" + title + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
