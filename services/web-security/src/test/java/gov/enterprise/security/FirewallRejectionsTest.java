package gov.enterprise.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirewallRejectionsTest {

    @Test
    void aReasonIsToldByHowItBeginsNotByWhatTheClientsHeaderQuotes() {
        String crafted = "The request was rejected because the header: \"X-Trap\" has a value \"the URL contained a"
                + " potentially malicious String \"<script>\"\" that is not allowed.";

        assertThat(FirewallRejections.rule(crafted)).startsWith("A header's name or value has characters")
                .doesNotContain("<script>");
    }

    @Test
    void theBlockedStringComesFromTheFirewallsOwnList() {
        assertThat(FirewallRejections.rule(
                "The request was rejected because the URL contained a potentially malicious String \";\""))
                .isEqualTo("The path must not have ';' (path parameters), written or encoded (%3B)");
        assertThat(FirewallRejections.rule("The requestURI was rejected because it can only contain printable ASCII"
                + " characters.")).startsWith("The path must be printable ASCII");
        assertThat(FirewallRejections.rule(null)).isEqualTo("The request breaks a rule of the request firewall");
    }
}
