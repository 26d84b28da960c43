package gov.enterprise.visit.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnterpriseIssueTest {

    static final String USCC = "91350100M000100Y43";
    static final Instant T1 = Instant.parse("2026-09-24T02:00:00Z");
    static final Instant T2 = T1.plusSeconds(1);
    static final Instant T3 = T1.plusSeconds(2);

    static TicketState ticket(String state, String department, String light, long version) {
        return new TicketState("i-1", USCC, "LAND", department, state, light, LocalDate.of(2026, 9, 25),
                LocalDate.of(2026, 10, 22), 0, null, version);
    }

    @Test
    void followsTheIssueThroughIntakeAndResolution() {
        EnterpriseIssue issue = EnterpriseIssue.first("i-1", USCC, "REPORTED", T1)
                .reported("用地指标", "VISIT", "v-1", "cadre:c-17", T1, T1)
                .intakeState("ROUTED", "LAND", "NRP", T2)
                .ticket(ticket("ACCEPTED", "NRP", "GREEN", 2), T3);

        assertThat(issue.status()).isEqualTo("ACCEPTED");
        assertThat(issue.department()).isEqualTo("NRP");
        assertThat(issue.light()).isEqualTo("GREEN");
        assertThat(issue.open()).isTrue();
    }

    @Test
    void aTicketEventArrivingBeforeTheRoutingKeepsTheNewerStatus() {
        EnterpriseIssue issue = EnterpriseIssue.first("i-1", USCC, "ASSIGNED", T3)
                .ticket(ticket("ASSIGNED", "INV", "GREEN", 1), T3)
                .reported("用地指标", "VISIT", "v-1", "cadre:c-17", T1, T1)
                .intakeState("ROUTED", "LAND", "NRP", T2);

        assertThat(issue.status()).isEqualTo("ASSIGNED");
        assertThat(issue.department()).isEqualTo("INV");
        assertThat(issue.title()).isEqualTo("用地指标");
    }

    @Test
    void aTicketReturnedAsMisroutedLeavesTheIssueWithNoDepartmentWhileTriageDecides() {
        EnterpriseIssue routed = EnterpriseIssue.first("i-1", USCC, "REPORTED", T1)
                .intakeState("ROUTED", "LAND", "INV", T1)
                .ticket(ticket("ASSIGNED", "INV", "RED", 1), T1);
        Instant returned = T2;
        Instant backInTriage = T3;

        EnterpriseIssue justReturned = routed.ticket(ticket("RETURNED", "INV", "RED", 2), returned);
        assertThat(justReturned.department()).as("returned, before intake's word").isNull();
        assertThat(justReturned.light()).isNull();
        EnterpriseIssue inOrder = justReturned.intakeState("TRIAGE", null, null, backInTriage);
        // intake's event on its topic, before resolution's on its own
        EnterpriseIssue triageFirst = routed.intakeState("TRIAGE", null, null, backInTriage)
                .ticket(ticket("RETURNED", "INV", "RED", 2), returned);

        for (EnterpriseIssue issue : new EnterpriseIssue[] {inOrder, triageFirst}) {
            assertThat(issue.status()).isEqualTo("TRIAGE");
            assertThat(issue.department()).isNull();
            assertThat(issue.light()).isNull();
            assertThat(issue.currentTicket()).isNull();
            assertThat(issue.ticket().state()).as("the ticket's facts are kept").isEqualTo("RETURNED");
        }
        EnterpriseIssue rejected = inOrder.intakeState("REJECTED", null, null, T3.plusSeconds(60));
        assertThat(rejected.department()).isNull();
        EnterpriseIssue rerouted = inOrder.intakeState("ROUTED", "LAND", "NRP", T3.plusSeconds(60))
                .ticket(ticket("ASSIGNED", "NRP", "GREEN", 3), T3.plusSeconds(61));
        assertThat(rerouted.department()).isEqualTo("NRP");
        assertThat(rerouted.light()).isEqualTo("GREEN");
    }

    @Test
    void anOlderTicketVersionChangesNothing() {
        EnterpriseIssue issue = EnterpriseIssue.first("i-1", USCC, "ASSIGNED", T1)
                .ticket(ticket("IN_PROGRESS", "NRP", "YELLOW", 3), T2)
                .ticket(ticket("ACCEPTED", "NRP", "GREEN", 2), T3);

        assertThat(issue.status()).isEqualTo("IN_PROGRESS");
        assertThat(issue.light()).isEqualTo("YELLOW");
    }

    @Test
    void closedDuplicateAndRejectedIssuesAreNoLongerOpen() {
        EnterpriseIssue issue = EnterpriseIssue.first("i-1", USCC, "REPORTED", T1);

        assertThat(issue.ticket(ticket("CLOSED", "NRP", "GREEN", 9), T2).open()).isFalse();
        assertThat(issue.intakeState("DUPLICATE", null, null, T2).open()).isFalse();
        assertThat(issue.intakeState("REJECTED", null, null, T2).open()).isFalse();
        assertThat(issue.ticket(ticket("RESOLVED", "NRP", "GREEN", 8), T2).open()).isTrue();
    }
}
