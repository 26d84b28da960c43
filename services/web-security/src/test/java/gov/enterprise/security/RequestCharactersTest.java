package gov.enterprise.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The scans that replace Spring's regular expressions decide every input as Spring's own rules do. */
class RequestCharactersTest {

    private static final String JWT = "eyJraWQiOiJrLTEiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvZmZpY2VyOk5SUCJ9."
            + "c2lnbmF0dXJlLXBhcnQtd2l0aC1zb21lLWxlbmd0aA_-~+/";

    private static final List<String> AUTHORIZATIONS = List.of(
            "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer " + JWT + "==", "Bearer a", "Bearer =",
            "Bearer ", "Bearer", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer\t" + JWT, "Bearer a=b",
            "Bearer abc==d", "Bearer ab$c", "Bearer 台州", "Bearerx " + JWT, "Basic dXNlcjpwYXNz", "bear", "",
            "Bearer " + JWT + "\n", "Bearer " + JWT + "\r\n");

    @Test
    void theBearerTokenIsReadAsSpringsDefaultResolverReadsIt() {
        List<String> inputs = new ArrayList<>(AUTHORIZATIONS);
        Random random = new Random(42);
        String alphabet = "aZ09-._~+/= \t$台\u0000";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder token = new StringBuilder(random.nextBoolean() ? "Bearer " : "bEaReR");
            for (int n = random.nextInt(12); n > 0; n--) {
                token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(token.toString());
        }
        for (String authorization : inputs) {
            assertThat(resolve(new AuthorizationHeaderToken(), authorization)).as(authorization)
                    .isEqualTo(resolve(new DefaultBearerTokenResolver(), authorization));
        }
        assertThat(resolve(new AuthorizationHeaderToken(), "Bearer " + JWT)).isEqualTo(JWT);
        assertThat(resolve(new AuthorizationHeaderToken(), "Bearer a=b")).isEqualTo("malformed");
        assertThat(resolve(new AuthorizationHeaderToken(), "Basic dXNlcjpwYXNz")).isNull();
    }

    @Test
    void aTokenInTheQueryIsNotTakenAsByDefault() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tickets");
        request.setParameter("access_token", JWT);

        assertThat(new AuthorizationHeaderToken().resolve(request)).isNull();
        assertThat(new DefaultBearerTokenResolver().resolve(request)).isNull();
    }

    @Test
    void headerCharactersAreAllowedAsByTheStrictFirewall() {
        List<String> inputs = new ArrayList<>(List.of("", "application/json", "Bearer " + JWT, "a\tb", "a\u0000b",
                "a\u007fb", "a\u0085b", "a\u009fb", "台州市", "\uD83D\uDE00", "\uD83D", "\uDE00x", "\u0378", "a\nb",
                "a\rb", "\u00a0", "\u200b", "\uFFFF", "\uE000"));
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                value.append((char) random.nextInt(random.nextBoolean() ? 0x100 : 0x10000));
            }
            inputs.add(value.toString());
        }
        for (String input : inputs) {
            assertThat(HeaderCharacters.isAllowedName(input)).as("name %s", escaped(input))
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(input));
            assertThat(HeaderCharacters.isAllowedValue(input)).as("value %s", escaped(input))
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(input));
        }
        assertThat(HeaderCharacters.isAllowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.isAllowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.isAllowedValue("a\u0000b")).isFalse();
    }

    private static String resolve(org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver,
            String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tickets");
        request.addHeader("Authorization", authorization);
        try {
            return resolver.resolve(request);
        } catch (OAuth2AuthenticationException e) {
            return "malformed";
        }
    }

    private static String escaped(String text) {
        return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
    }
}
