package gov.enterprise.simulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Works planned issues against a small model of intake and resolution (the brief's state machine) and checks the
 * steps taken and the end state, and that an issue already at its fate takes no step (reloading adds nothing).
 */
class HandlingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 24);

    @Test
    void closedAfterReopeningTakesTheWholeRoundTwice() {
        var world = new World(plan(Fate.CLOSED_AFTER_REOPENING, Fate.Route.DIRECT, "NRP"), "NRP");

        world.run();

        assertThat(world.steps).containsExactly("accept", "progress", "resolve", "feedback:DISSATISFIED",
                "progress", "resolve", "feedback:SATISFIED");
        assertThat(world.ticketState).isEqualTo("CLOSED");
        assertThat(world.steps).allMatch(step -> !step.startsWith("?"));
    }

    @Test
    void eachFateEndsInItsState() {
        assertThat(endOf(Fate.PENDING)).isEqualTo("ASSIGNED");
        assertThat(endOf(Fate.ACCEPTED)).isEqualTo("ACCEPTED");
        assertThat(endOf(Fate.IN_PROGRESS)).isEqualTo("IN_PROGRESS");
        assertThat(endOf(Fate.EXTENDED)).isEqualTo("IN_PROGRESS");
        assertThat(endOf(Fate.SUSPENDED)).isEqualTo("SUSPENDED");
        assertThat(endOf(Fate.RESOLVED)).isEqualTo("RESOLVED");
        assertThat(endOf(Fate.CLOSED)).isEqualTo("CLOSED");
        assertThat(endOf(Fate.REOPENED)).isEqualTo("REOPENED");
        assertThat(endOf(Fate.CLOSED_AFTER_REOPENING)).isEqualTo("CLOSED");
        assertThat(endOf(Fate.RETURNED_WAITING)).isEqualTo("TRIAGE");
        assertThat(endOf(Fate.TRIAGE_WAITING)).isEqualTo("TRIAGE");
    }

    @Test
    void anExtensionIsAskedByTheOfficerAndApprovedByTheHead() {
        var world = new World(plan(Fate.EXTENDED, Fate.Route.DIRECT, "DRC"), "DRC");

        world.run();

        assertThat(world.steps).containsExactly("accept", "progress", "extend", "extension");
        assertThat(world.actors).containsExactly("officer:DRC", "officer:DRC", "officer:DRC", "head:DRC");
        assertThat(world.extensionsApproved).isEqualTo(1);
    }

    @Test
    void aMisroutedIssueIsTransferredAndAcceptedWhereItBelongs() {
        var world = new World(plan(Fate.ACCEPTED, Fate.Route.TRANSFERRED, "INV"), "NRP");

        world.run();

        assertThat(world.steps).containsExactly("transfer:INV", "accept");
        assertThat(world.actors).containsExactly("officer:NRP", "officer:INV");
        assertThat(world.department).isEqualTo("INV");
    }

    @Test
    void aTransferIsSkippedWhenIntakeAlreadyChoseTheRightDepartment() {
        var world = new World(plan(Fate.ACCEPTED, Fate.Route.TRANSFERRED, "INV"), "INV");

        world.run();

        assertThat(world.steps).containsExactly("accept");
    }

    @Test
    void aReturnedIssueIsRoutedAnewByTheTriageDesk() {
        var world = new World(plan(Fate.IN_PROGRESS, Fate.Route.RETURNED, "INV"), "NRP");

        world.run();

        assertThat(world.steps).containsExactly("return", "triage:route:INV", "accept", "progress");
        assertThat(world.department).isEqualTo("INV");
    }

    @Test
    void routingBackToADepartmentThatReturnedItOverridesTheReturn() {
        var world = new World(plan(Fate.ACCEPTED, Fate.Route.RETURNED, "NRP"), "NRP");

        world.run();

        assertThat(world.steps).containsExactly("return", "triage:route:NRP!", "accept");
    }

    @Test
    void aRepeatFlagIsConfirmedOrRejectedAsPlanned() {
        var repeat = new IssuePlan("i-2", "91331081MA2AAAAA0X", text(), "LAND", Fate.DUPLICATE, Fate.Route.DIRECT,
                "NRP", "i-1", true, "VISIT", resolution());
        var confirmed = new World(repeat, "NRP").flagged();
        confirmed.run();
        assertThat(confirmed.steps).containsExactly("triage:duplicate/confirm");
        assertThat(confirmed.issueState).isEqualTo("DUPLICATE");

        var differentAfterAll = new IssuePlan("i-3", "91331081MA2AAAAA0X", text(), "LAND", Fate.ACCEPTED,
                Fate.Route.DIRECT, "NRP", "i-1", false, "VISIT", resolution());
        var rejected = new World(differentAfterAll, "NRP").flagged();
        rejected.run();
        assertThat(rejected.steps).containsExactly("triage:duplicate/reject", "accept");
    }

    @Test
    void anUnexpectedFlagOnAnOrdinaryIssueIsRejected() {
        var world = new World(plan(Fate.CLOSED, Fate.Route.DIRECT, "NRP"), "NRP").flagged();

        world.run();

        assertThat(world.steps.getFirst()).isEqualTo("triage:duplicate/reject");
        assertThat(world.ticketState).isEqualTo("CLOSED");
    }

    @Test
    void anIssueNoRuleFitsIsRoutedByHandUnlessItIsPlannedToWait() {
        var routed = new World(plan(Fate.ACCEPTED, Fate.Route.DIRECT, "CTY"), null);
        routed.run();
        assertThat(routed.steps).containsExactly("triage:route:CTY", "accept");

        var waiting = new World(plan(Fate.TRIAGE_WAITING, Fate.Route.DIRECT, "CTY"), null);
        waiting.run();
        assertThat(waiting.steps).isEmpty();
    }

    @Test
    void anIssueAlreadyAtItsFateTakesNoStep() {
        for (Fate fate : new Fate[] {Fate.CLOSED, Fate.EXTENDED, Fate.CLOSED_AFTER_REOPENING, Fate.RETURNED_WAITING}) {
            var world = new World(plan(fate, Fate.Route.RETURNED, "INV"), "NRP");
            world.run();
            int taken = world.steps.size();
            world.run();
            assertThat(world.steps).as(fate.name()).hasSize(taken);
        }
    }

    @Test
    void nothingHappensBeforeIntakeHasTheIssueOrResolutionTheTicket() {
        IssuePlan plan = plan(Fate.CLOSED, Fate.Route.DIRECT, "NRP");
        assertThat(Handling.next(plan, null, null, TODAY)).isInstanceOf(Handling.Wait.class);
        var routed = new Handling.IssueSeen("ROUTED", "NRP", List.of(), false);
        assertThat(Handling.next(plan, routed, null, TODAY)).isInstanceOf(Handling.Wait.class);
        var returned = new Handling.TicketSeen("RETURNED", "NRP", 3, 0, 0, false);
        assertThat(Handling.next(plan, routed, returned, TODAY)).isInstanceOf(Handling.Wait.class);
    }

    private static String endOf(Fate fate) {
        var world = new World(plan(fate, Fate.Route.DIRECT, "NRP"), "NRP");
        world.run();
        return "ROUTED".equals(world.issueState) ? world.ticketState : world.issueState;
    }

    private static IssuePlan plan(Fate fate, Fate.Route route, String department) {
        return new IssuePlan("i-1", "91331081MA2AAAAA0X", text(), "LAND", fate, route, department, null, false,
                "VISIT", resolution());
    }

    private static IssueTexts.Text text() {
        return new IssueTexts.Text("LAND", 0, "扩产急需新增工业用地20亩", "公司新上生产线……");
    }

    private static IssuePlan.Resolution resolution() {
        return new IssuePlan.Resolution("SOLVED", "已解决", "SATISFIED", "SATISFIED");
    }

    /** Intake and resolution, reduced to the states and transitions the brief defines. */
    private static final class World {
        final IssuePlan plan;
        final List<String> steps = new ArrayList<>();
        final List<String> actors = new ArrayList<>();
        String issueState;
        String department;
        final List<String> returnedBy = new ArrayList<>();
        boolean flagOpen;
        String ticketState;
        int reopenCount;
        int extensionsApproved;
        boolean extensionPending;
        long version = 1;

        /** @param routedTo where intake's rules send it, or null if nothing fits (triage) */
        World(IssuePlan plan, String routedTo) {
            this.plan = plan;
            if (routedTo == null) {
                issueState = "TRIAGE";
            } else {
                issueState = "ROUTED";
                department = routedTo;
                ticketState = "ASSIGNED";
            }
        }

        World flagged() {
            issueState = "TRIAGE";
            flagOpen = true;
            ticketState = null;
            department = null;
            return this;
        }

        void run() {
            for (int guard = 0; guard < 30; guard++) {
                var issue = new Handling.IssueSeen(issueState, department, List.copyOf(returnedBy), flagOpen);
                var ticket = ticketState == null ? null : new Handling.TicketSeen(ticketState, department, version,
                        reopenCount, extensionsApproved, extensionPending);
                Handling.Step step = Handling.next(plan, issue, ticket, TODAY);
                switch (step) {
                    case Handling.Done done -> {
                        assertThat(done.anomaly()).isNull();
                        return;
                    }
                    case Handling.Wait wait -> throw new AssertionError("the model never waits: " + wait);
                    case Handling.TriageAction action -> triage(action);
                    case Handling.TicketAction action -> act(action);
                }
            }
            throw new AssertionError("no end: " + steps);
        }

        private void triage(Handling.TriageAction action) {
            switch (action.path()) {
                case "duplicate/confirm" -> {
                    steps.add("triage:duplicate/confirm");
                    flagOpen = false;
                    issueState = "DUPLICATE";
                }
                case "duplicate/reject" -> {
                    steps.add("triage:duplicate/reject");
                    flagOpen = false;
                    issueState = "ROUTED";
                    department = plan.department();
                    ticketState = "ASSIGNED";
                }
                case "route" -> {
                    String to = (String) action.body().get("department");
                    boolean override = Boolean.TRUE.equals(action.body().get("overrideReturn"));
                    assertThat(returnedBy.contains(to)).isEqualTo(override);
                    steps.add("triage:route:" + to + (override ? "!" : ""));
                    issueState = "ROUTED";
                    department = to;
                    ticketState = "ASSIGNED";
                }
                default -> throw new AssertionError(action.path());
            }
        }

        private void act(Handling.TicketAction action) {
            actors.add(action.subject());
            version++;
            switch (action.action()) {
                case "accept" -> move("accept", "ASSIGNED", "ACCEPTED");
                case "progress" -> {
                    steps.add("progress");
                    assertThat(ticketState).isIn("ACCEPTED", "IN_PROGRESS", "REOPENED");
                    ticketState = "IN_PROGRESS";
                }
                case "transfer" -> {
                    steps.add("transfer:" + action.body().get("toDepartment"));
                    department = (String) action.body().get("toDepartment");
                    ticketState = "ASSIGNED";
                }
                case "return" -> {
                    steps.add("return");
                    returnedBy.add(department);
                    // intake takes it back into triage
                    ticketState = null;
                    issueState = "TRIAGE";
                }
                case "extend" -> {
                    steps.add("extend");
                    extensionPending = true;
                }
                case "extension" -> {
                    steps.add("extension");
                    assertThat(action.subject()).startsWith("head:");
                    extensionPending = false;
                    extensionsApproved++;
                }
                case "suspend" -> move("suspend", "IN_PROGRESS", "SUSPENDED");
                case "resolve" -> move("resolve", "IN_PROGRESS", "RESOLVED");
                case "feedback" -> {
                    String verdict = (String) action.body().get("satisfaction");
                    steps.add("feedback:" + verdict);
                    assertThat(action.subject()).isEqualTo("enterprise:" + plan.uscc());
                    if ("DISSATISFIED".equals(verdict) && reopenCount == 0) {
                        reopenCount++;
                        ticketState = "REOPENED";
                    } else {
                        ticketState = "CLOSED";
                    }
                }
                default -> steps.add("?" + action.action());
            }
        }

        private void move(String action, String from, String to) {
            steps.add(action);
            assertThat(ticketState).as(action).isEqualTo(from);
            ticketState = to;
        }
    }
}
