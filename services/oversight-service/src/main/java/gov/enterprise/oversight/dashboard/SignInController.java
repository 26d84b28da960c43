package gov.enterprise.oversight.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the dashboard signs its user in: the OpenID Connect provider the services trust and the dashboard's client
 * there (a public client: the authorization code flow with PKCE, no secret). Public, like the page itself.
 */
@RestController
class SignInController {

    private final SignIn signIn;

    SignInController(@Value("${ticketing.oversight.dashboard.issuer:"
                             + "${spring.security.oauth2.resourceserver.jwt.issuer-uri}}") String issuer,
                     @Value("${ticketing.oversight.dashboard.client-id:oversight-dashboard}") String clientId,
                     @Value("${ticketing.oversight.dashboard.scope:openid}") String scope,
                     @Value("${ticketing.security.subject-claim:sub}") String subjectClaim) {
        this.signIn = new SignIn(issuer, clientId, scope, subjectClaim);
    }

    /**
     * @param issuer       where the dashboard finds the provider ({@code issuer/.well-known/openid-configuration})
     * @param clientId     the dashboard's client id at the provider
     * @param scope        the scope it asks for
     * @param subjectClaim the claim of the access token that holds the subject, to say who is signed in
     */
    record SignIn(String issuer, String clientId, String scope, String subjectClaim) {
    }

    @GetMapping("/api/v1/oversight/sign-in")
    SignIn signIn() {
        return signIn;
    }
}
