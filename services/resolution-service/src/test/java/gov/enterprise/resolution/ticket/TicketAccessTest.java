package gov.enterprise.resolution.ticket;

import static gov.enterprise.resolution.ticket.TicketFixture.CONTACT;
import static gov.enterprise.resolution.ticket.TicketFixture.DRC_OFFICER;
import static gov.enterprise.resolution.ticket.TicketFixture.INV_OFFICER;
import static gov.enterprise.resolution.ticket.TicketFixture.LEADER;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP_HEAD;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import gov.enterprise.reference.ReferenceData;
import gov.enterprise.security.Subject;
import gov.enterprise.security.fixture.UsccFixture;
import org.junit.jupiter.api.Test;

/** Who sees a ticket and who may act on it (issue 5 §8). */
class TicketAccessTest {

    private final ReferenceData reference = ReferenceData.bundled();
    private final TicketAccess access = new TicketAccess(reference::isWithin);
    private final Ticket ticket = TicketFixture.assigned();

    @Test
    void theLeadAndCoDepartmentsTheEnterpriseAndTheLeadersOfItsRegionSeeTheTicket() {
        assertThat(access.canSee(NRP_OFFICER, ticket)).isTrue();
        assertThat(access.canSee(NRP_HEAD, ticket)).isTrue();
        assertThat(access.canSee(INV_OFFICER, ticket)).isTrue();
        assertThat(access.canSee(CONTACT, ticket)).isTrue();
        assertThat(access.canSee(LEADER, ticket)).isTrue();
        assertThat(access.canSee(Subject.leader("331000"), ticket)).as("the city's leader").isTrue();
    }

    @Test
    void otherDepartmentsEnterprisesRegionsAndKindsDoNot() {
        assertThat(access.canSee(DRC_OFFICER, ticket)).isFalse();
        assertThat(access.canSee(Subject.head("DRC"), ticket)).isFalse();
        assertThat(access.canSee(Subject.enterprise(UsccFixture.code("331002", 2)), ticket)).isFalse();
        assertThat(access.canSee(Subject.leader("331003"), ticket)).isFalse();
        assertThat(access.canSee(Subject.cadre("c-17"), ticket)).isFalse();
        assertThat(access.canSee(Subject.operator("op-1"), ticket)).isFalse();
        assertThat(access.canSee(Subject.admin(), ticket)).isFalse();
    }

    @Test
    void eachPartyMayTakeItsOwnActionsOnly() {
        assertThat(access.permitted(NRP_OFFICER, ticket)).containsExactlyInAnyOrder(TicketAction.ACCEPT,
                TicketAction.TRANSFER, TicketAction.RETURN, TicketAction.PROGRESS, TicketAction.EXTEND,
                TicketAction.SUSPEND, TicketAction.RESUME, TicketAction.RESOLVE);
        assertThat(access.permitted(INV_OFFICER, ticket)).containsExactly(TicketAction.CONTRIBUTE);
        assertThat(access.permitted(NRP_HEAD, ticket)).containsExactly(TicketAction.DECIDE_EXTENSION);
        assertThat(access.permitted(LEADER, ticket)).containsExactly(TicketAction.ALLOW_EXTENSION);
        assertThat(access.permitted(CONTACT, ticket)).containsExactly(TicketAction.FEEDBACK);
        assertThat(access.permitted(DRC_OFFICER, ticket)).isEmpty();
    }

    @Test
    void aCoDepartmentIsToldItMayOnlyContribute() {
        assertThat(access.refusal(INV_OFFICER, TicketAction.ACCEPT, ticket))
                .hasValue("a co-department may only contribute to this ticket");
        assertThat(access.refusal(NRP_OFFICER, TicketAction.DECIDE_EXTENSION, ticket))
                .hasValue("only the head of NRP decides on extensions");
    }
}
