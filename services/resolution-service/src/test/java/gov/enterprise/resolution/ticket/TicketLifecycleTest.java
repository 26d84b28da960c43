package gov.enterprise.resolution.ticket;

import static gov.enterprise.resolution.ticket.TicketFixture.ACCEPT_DUE;
import static gov.enterprise.resolution.ticket.TicketFixture.CONTACT;
import static gov.enterprise.resolution.ticket.TicketFixture.DRC;
import static gov.enterprise.resolution.ticket.TicketFixture.INV;
import static gov.enterprise.resolution.ticket.TicketFixture.INV_OFFICER;
import static gov.enterprise.resolution.ticket.TicketFixture.ISSUE;
import static gov.enterprise.resolution.ticket.TicketFixture.LEADER;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP_HEAD;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP_OFFICER;
import static gov.enterprise.resolution.ticket.TicketFixture.RESOLVE_DUE;
import static gov.enterprise.resolution.ticket.TicketFixture.at;
import static gov.enterprise.resolution.ticket.TicketFixture.morningOf;
import static gov.enterprise.resolution.ticket.TicketFixture.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.resolution.ticket.TicketEvent.AssignmentReason;
import gov.enterprise.resolution.ticket.TicketEvent.ContributionAdded;
import gov.enterprise.resolution.ticket.TicketEvent.EscalationReason;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionAllowed;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionDecided;
import gov.enterprise.resolution.ticket.TicketEvent.ExtensionRequested;
import gov.enterprise.resolution.ticket.TicketEvent.FeedbackGiven;
import gov.enterprise.resolution.ticket.TicketEvent.LightChanged;
import gov.enterprise.resolution.ticket.TicketEvent.ProgressNoted;
import gov.enterprise.resolution.ticket.TicketEvent.SuspensionReviewDue;
import gov.enterprise.resolution.ticket.TicketEvent.TicketAccepted;
import gov.enterprise.resolution.ticket.TicketEvent.TicketAssigned;
import gov.enterprise.resolution.ticket.TicketEvent.TicketClosed;
import gov.enterprise.resolution.ticket.TicketEvent.TicketEscalated;
import gov.enterprise.resolution.ticket.TicketEvent.TicketReopened;
import gov.enterprise.resolution.ticket.TicketEvent.TicketResolved;
import gov.enterprise.resolution.ticket.TicketEvent.TicketResumed;
import gov.enterprise.resolution.ticket.TicketEvent.TicketReturned;
import gov.enterprise.resolution.ticket.TicketEvent.TicketSuspended;
import gov.enterprise.resolution.ticket.TicketEvent.TicketTransferred;
import gov.enterprise.security.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ticket's life, one rule at a time: given a ticket brought to a state by real transitions, when an action, then
 * the events and the ticket's clocks. Dates are those of the 2026 official calendar (see {@link TicketFixture}).
 */
class TicketLifecycleTest {

    private static Transition step(TicketState from, TicketState to, String department, String by, Instant at) {
        return new Transition(ISSUE, from, to, department, by, at);
    }

    @Nested
    class Opening {

        @Test
        void aRoutedIssueOpensAnAssignedTicketWithIntakesDeadlines() {
            var opening = TicketFixture.opening();
            Ticket ticket = opening.ticket();

            assertThat(opening.events()).containsExactly(new TicketAssigned(
                    step(null, TicketState.ASSIGNED, NRP, "system", at("2026-09-24T10:00")), AssignmentReason.ROUTED,
                    ACCEPT_DUE, RESOLVE_DUE));
            assertThat(ticket.state()).isEqualTo(TicketState.ASSIGNED);
            assertThat(ticket.department()).isEqualTo(NRP);
            assertThat(ticket.coDepartments()).containsExactly(INV);
            assertThat(ticket.light()).isEqualTo(Light.GREEN);
            assertThat(ticket.version()).isEqualTo(1);
            assertThat(ticket.toRecord().contributionDue()).as("3 working days, holidays skipped")
                    .isEqualTo(on("2026-09-30"));
        }

        @Test
        void theLeadDepartmentIsNeverItsOwnCoDepartment() {
            var routing = new Routing("LAND", "NORMAL", NRP, List.of(NRP, INV, INV), ACCEPT_DUE, RESOLVE_DUE);

            assertThat(routing.coDepartments()).containsExactly(INV);
        }
    }

    @Nested
    class Accepting {

        @Test
        void acceptingAnAssignedTicketStartsTheResolutionClock() {
            Ticket ticket = TicketFixture.assigned();

            var events = ticket.accept(NRP_OFFICER, at("2026-09-24T11:00"));

            assertThat(events).containsExactly(new TicketAccepted(step(TicketState.ASSIGNED, TicketState.ACCEPTED,
                    NRP, "officer:NRP", at("2026-09-24T11:00")), on("2026-10-22")));
            assertThat(ticket.resolveDue()).as("15 working days, National Day skipped").isEqualTo(on("2026-10-22"));
            assertThat(ticket.deadline()).get().extracting(Deadline::due).isEqualTo(on("2026-10-22"));
        }

        @Test
        void acceptingLateEndsTheSupervisionOfTheAcceptanceDeadline() {
            Ticket ticket = TicketFixture.assigned();
            ticket.evaluate(morningOf(on("2026-09-29")));
            assertThat(ticket.escalationLevel()).isEqualTo(1);

            ticket.accept(NRP_OFFICER, morningOf(on("2026-09-29")));

            assertThat(ticket.escalationLevel()).isZero();
            assertThat(ticket.light()).isEqualTo(Light.GREEN);
        }
    }

    @Nested
    class Transferring {

        @Test
        void aTransferRestartsTheAcceptanceClockInTheReceivingDepartmentButNotTheResolutionClock() {
            Ticket ticket = TicketFixture.inProgress();

            var events = ticket.transfer(NRP_OFFICER, DRC, "An investment approval", at("2026-10-08T10:00"));

            assertThat(events).containsExactly(
                    new TicketTransferred(step(TicketState.IN_PROGRESS, TicketState.TRANSFERRED, NRP, "officer:NRP",
                            at("2026-10-08T10:00")), NRP, DRC, "An investment approval", null),
                    new TicketAssigned(step(TicketState.TRANSFERRED, TicketState.ASSIGNED, DRC, "officer:NRP",
                            at("2026-10-08T10:00")), AssignmentReason.TRANSFERRED, on("2026-10-09"), RESOLVE_DUE));
            assertThat(ticket.state()).isEqualTo(TicketState.ASSIGNED);
            assertThat(ticket.acceptDue()).isEqualTo(on("2026-10-09"));
            assertThat(ticket.resolveDue()).isEqualTo(RESOLVE_DUE);
        }

        @Test
        void aTransferAfterTheResolutionDeadlineLeavesTheTicketOverdueAndSupervisedInTheReceivingDepartment() {
            Ticket ticket = TicketFixture.inProgress();
            ticket.evaluate(at("2026-10-23T00:05"));
            assertThat(ticket.light()).isEqualTo(Light.RED);

            ticket.transfer(NRP_OFFICER, DRC, "Not ours after all", at("2026-10-30T10:00"));

            assertThat(ticket.light()).as("passing a late case on does not make it timely").isEqualTo(Light.RED);
            assertThat(ticket.deadline()).hasValueSatisfying(d -> assertThat(d.due()).isEqualTo(RESOLVE_DUE));
            var escalations = ticket.evaluate(at("2026-10-30T10:01"));
            assertThat(escalations).filteredOn(TicketEscalated.class::isInstance)
                    .extracting(e -> ((TicketEscalated) e).escalatedTo()).containsExactly("head:DRC", "leader:331002");

            ticket.transfer(Subject.officer(DRC), NRP, "Back to land", at("2026-11-02T09:00"));
            assertThat(ticket.light()).as("nor does passing it back").isEqualTo(Light.RED);
            ticket.accept(NRP_OFFICER, at("2026-11-02T10:00"));
            assertThat(ticket.light()).isEqualTo(Light.RED);
        }

        @Test
        void aResolutionDeadlinePassedUnacceptedMakesTheAnswerOverdueAsOnePassedInProgressDoes() {
            // at DRC, unaccepted, past 10-22; DRC returns it as misrouted and the next department answers in time
            Ticket ticket = TicketFixture.inProgress();
            ticket.transfer(NRP_OFFICER, DRC, "An investment approval", at("2026-10-21T10:00"));
            ticket.evaluate(at("2026-10-26T00:05"));
            ticket.returnToIntake(Subject.officer(DRC), "Not an investment matter", at("2026-10-26T10:00"));
            ticket.reassign(new Routing("LAND", "NORMAL", "PWR", List.of(), on("2026-10-28"), on("2026-11-17")),
                    at("2026-10-27T09:00"));
            ticket.accept(Subject.officer("PWR"), at("2026-10-27T10:00"));
            ticket.resolve(Subject.officer("PWR"), Outcome.SOLVED, "Done", null, at("2026-10-28T10:00"));

            var closed = ticket.giveFeedback(CONTACT, Satisfaction.SATISFIED, null, at("2026-10-29T10:00"));

            assertThat(((TicketClosed) closed.getLast()).timeliness()).isEqualTo(Timeliness.OVERDUE);
        }

        @Test
        void transferringToACoDepartmentMakesItTheLead() {
            Ticket ticket = TicketFixture.assigned();

            ticket.transfer(NRP_OFFICER, INV, "Investment promotion leads this", at("2026-09-24T15:00"));

            assertThat(ticket.department()).isEqualTo(INV);
            assertThat(ticket.coDepartments()).isEmpty();
        }

        @Test
        void aTicketCannotBeTransferredToItsOwnDepartmentNorWithoutAReason() {
            Ticket ticket = TicketFixture.assigned();

            assertThatThrownBy(() -> ticket.transfer(NRP_OFFICER, NRP, "Why not", at("2026-09-24T15:00")))
                    .isInstanceOfSatisfying(InvalidTicketRequest.class,
                            e -> assertThat(e.field()).isEqualTo("toDepartment"));
            assertThatThrownBy(() -> ticket.transfer(NRP_OFFICER, DRC, " ", at("2026-09-24T15:00")))
                    .isInstanceOfSatisfying(InvalidTicketRequest.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThat(ticket.version()).isEqualTo(1);
        }
    }

    @Nested
    class LightsBetweenEvaluations {

        @Test
        void aLightTheClockTurnedSinceTheLastEvaluationIsAStepBeforeTheActionsOwn() {
            Ticket ticket = TicketFixture.inProgress();

            var noted = ticket.noteProgress(NRP_OFFICER, "Still on it", at("2026-10-23T00:00:10"));
            var evaluated = ticket.evaluate(at("2026-10-23T00:01"));

            assertThat(noted.getFirst()).isEqualTo(new LightChanged(step(TicketState.IN_PROGRESS,
                    TicketState.IN_PROGRESS, NRP, "system", at("2026-10-23T00:00:10")), Light.GREEN, Light.RED));
            assertThat(noted.getLast()).isInstanceOf(ProgressNoted.class);
            assertThat(evaluated).as("turned once, recorded once").extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("TicketEscalated");
        }
    }

    @Nested
    class Returning {

        @Test
        void aMisroutedTicketGoesBackToIntakeAndComesBackAssignedToTheNewDepartmentWithFreshDeadlines() {
            Ticket ticket = TicketFixture.assigned();

            var returned = ticket.returnToIntake(NRP_OFFICER, "A power connection matter", at("2026-09-24T14:00"));
            var reassigned = ticket.reassign(new Routing("POWER", "URGENT", "PWR", List.of("ENV"), on("2026-09-29"),
                    on("2026-10-13")), at("2026-09-28T09:00"));

            assertThat(returned).containsExactly(new TicketReturned(step(TicketState.ASSIGNED, TicketState.RETURNED,
                    NRP, "officer:NRP", at("2026-09-24T14:00")), "A power connection matter", null));
            assertThat(reassigned).containsExactly(new TicketAssigned(step(TicketState.RETURNED, TicketState.ASSIGNED,
                    "PWR", "system", at("2026-09-28T09:00")), AssignmentReason.REROUTED, on("2026-09-29"),
                    on("2026-10-13")));
            TicketRecord record = ticket.toRecord();
            assertThat(record.category()).isEqualTo("POWER");
            assertThat(record.priority()).isEqualTo("URGENT");
            assertThat(record.coDepartments()).containsExactly("ENV");
            assertThat(record.contributionDue()).as("3 working days from the re-routing, National Day skipped")
                    .isEqualTo(on("2026-10-08"));
            assertThat(record.resolveStart()).isEqualTo(on("2026-09-28"));
        }
    }

    @Nested
    class Working {

        @Test
        void aNoteOnAnAcceptedTicketPutsItInProgressAndOnASuspendedOneLeavesItSuspended() {
            Ticket accepted = TicketFixture.accepted();
            Ticket suspended = TicketFixture.suspended();

            var onAccepted = accepted.noteProgress(NRP_OFFICER, "Site visit booked", at("2026-09-28T10:00"));
            suspended.noteProgress(NRP_OFFICER, "Asked the province", at("2026-10-12T10:00"));

            assertThat(onAccepted).containsExactly(new ProgressNoted(step(TicketState.ACCEPTED,
                    TicketState.IN_PROGRESS, NRP, "officer:NRP", at("2026-09-28T10:00")), "Site visit booked"));
            assertThat(suspended.state()).isEqualTo(TicketState.SUSPENDED);
        }

        @Test
        void coDepartmentsContributeWithinTheirOwnDeadlineAndTheLeadSeesWhoHas() {
            Ticket ticket = TicketFixture.accepted();
            assertThat(ticket.toRecord().contributed()).isEmpty();

            var late = ticket.contribute(INV_OFFICER, "Investment agreement attached", at("2026-10-08T10:00"));

            assertThat(late).containsExactly(new ContributionAdded(step(TicketState.ACCEPTED, TicketState.ACCEPTED,
                    NRP, "officer:INV", at("2026-10-08T10:00")), INV, "Investment agreement attached", 1));
            assertThat(ticket.toRecord().contributed()).containsExactly(INV);
            assertThat(ticket.contribute(INV_OFFICER, "More", at("2026-10-08T11:00")))
                    .singleElement().extracting(e -> ((ContributionAdded) e).lateBy()).isEqualTo(1);
            assertThat(ticket.toRecord().contributed()).containsExactly(INV);
        }

        @Test
        void aContributionOnTimeIsNotLate() {
            Ticket ticket = TicketFixture.assigned();

            var events = ticket.contribute(INV_OFFICER, "Agreed", at("2026-09-30T17:00"));

            assertThat(((ContributionAdded) events.getLast()).lateBy()).isZero();
        }

        @Test
        void onlyCoDepartmentsContribute() {
            Ticket ticket = TicketFixture.assigned();

            assertThatThrownBy(() -> ticket.contribute(TicketFixture.DRC_OFFICER, "Me too", at("2026-09-25T10:00")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Extensions {

        @Test
        void anApprovedExtensionMovesTheResolutionDeadlineByWorkingDays() {
            Ticket ticket = TicketFixture.inProgress();

            var requested = ticket.requestExtension(NRP_OFFICER, 5, "Waiting for the survey", at("2026-10-12T10:00"));
            var decided = ticket.decideExtension(NRP_HEAD, true, "Granted", at("2026-10-12T15:00"));

            assertThat(requested).containsExactly(new ExtensionRequested(step(TicketState.IN_PROGRESS,
                    TicketState.IN_PROGRESS, NRP, "officer:NRP", at("2026-10-12T10:00")), 5,
                    "Waiting for the survey"));
            assertThat(decided).containsExactly(new ExtensionDecided(step(TicketState.IN_PROGRESS,
                    TicketState.IN_PROGRESS, NRP, "head:NRP", at("2026-10-12T15:00")), true, 5, "Granted",
                    on("2026-10-29")));
            assertThat(ticket.resolveDue()).isEqualTo(on("2026-10-29"));
            assertThat(ticket.toRecord().extended()).isTrue();
            assertThat(ticket.toRecord().pendingExtension()).isNull();
        }

        @Test
        void aDeniedExtensionLeavesTheDeadlineAndNeedsAReason() {
            Ticket ticket = TicketFixture.withPendingExtension();

            assertThatThrownBy(() -> ticket.decideExtension(NRP_HEAD, false, null, at("2026-10-12T15:00")))
                    .isInstanceOfSatisfying(InvalidTicketRequest.class,
                            e -> assertThat(e.field()).isEqualTo("comment"));
            var decided = ticket.decideExtension(NRP_HEAD, false, "Survey can be done in time", at("2026-10-12T15:00"));

            assertThat(((ExtensionDecided) decided.getFirst()).approved()).isFalse();
            assertThat(ticket.resolveDue()).isEqualTo(RESOLVE_DUE);
            assertThat(ticket.toRecord().extended()).isFalse();
            assertThat(ticket.allowedActions()).as("a denied request does not use up the extension")
                    .contains(TicketAction.EXTEND);
        }

        @Test
        void oneExtensionPerTicketUnlessALeaderAllowsMore() {
            Ticket ticket = TicketFixture.withExtensionUsed();

            assertThatThrownBy(() -> ticket.requestExtension(NRP_OFFICER, 3, "Again", at("2026-10-20T10:00")))
                    .isInstanceOfSatisfying(TransitionRefused.class, e -> {
                        assertThat(e.state()).isEqualTo(TicketState.IN_PROGRESS);
                        assertThat(e.getMessage()).contains("a leader may allow more");
                        assertThat(e.allowedActions()).doesNotContain(TicketAction.EXTEND);
                    });

            var allowed = ticket.allowExtension(LEADER, 1, "Provincial approval pending", at("2026-10-20T11:00"));
            ticket.requestExtension(NRP_OFFICER, 3, "Provincial approval", at("2026-10-20T12:00"));

            assertThat(allowed).containsExactly(new ExtensionAllowed(step(TicketState.IN_PROGRESS,
                    TicketState.IN_PROGRESS, NRP, "leader:331002", at("2026-10-20T11:00")), 1, 2,
                    "Provincial approval pending"));
            assertThat(ticket.toRecord().pendingExtension().workingDays()).isEqualTo(3);
        }

        @Test
        void aWaitingRequestLapsesWithTheStepThatEndsItUndecidedAndThatStepSaysSo() {
            var request = new ExtensionRequest(5, "Waiting for the land survey", "officer:NRP",
                    at("2026-10-12T10:00"));
            Ticket resolved = TicketFixture.withPendingExtension();
            Ticket transferred = TicketFixture.withPendingExtension();
            Ticket suspended = TicketFixture.withPendingExtension();
            Ticket returned = TicketFixture.accepted();
            returned.requestExtension(NRP_OFFICER, 5, "Waiting for the land survey", at("2026-10-12T10:00"));

            var steps = List.of(
                    resolved.resolve(NRP_OFFICER, Outcome.SOLVED, "Done after all", null, at("2026-10-13T10:00")),
                    transferred.transfer(NRP_OFFICER, DRC, "An investment approval", at("2026-10-13T10:00")),
                    suspended.suspend(NRP_OFFICER, "Needs the 2027 land quota", on("2026-11-16"),
                            at("2026-10-13T10:00")),
                    returned.returnToIntake(NRP_OFFICER, "A power connection matter", at("2026-10-13T10:00")));

            assertThat(((TicketResolved) steps.get(0).getFirst()).lapsedExtension()).isEqualTo(request);
            assertThat(((TicketTransferred) steps.get(1).getFirst()).lapsedExtension()).isEqualTo(request);
            assertThat(((TicketSuspended) steps.get(2).getFirst()).lapsedExtension()).isEqualTo(request);
            assertThat(((TicketReturned) steps.get(3).getFirst()).lapsedExtension()).isEqualTo(request);
            for (Ticket ticket : List.of(resolved, transferred, suspended, returned)) {
                assertThat(ticket.toRecord().pendingExtension()).isNull();
            }
            // a decided request does not lapse again
            Ticket decided = TicketFixture.withExtensionUsed();
            var later = decided.resolve(NRP_OFFICER, Outcome.SOLVED, "Done", null, at("2026-10-13T10:00"));
            assertThat(((TicketResolved) later.getFirst()).lapsedExtension()).isNull();
        }
    }

    @Nested
    class Suspension {

        @Test
        void aSuspensionPausesTheResolutionClockUntilTheTicketIsResumed() {
            Ticket ticket = TicketFixture.inProgress();

            var suspended = ticket.suspend(NRP_OFFICER, "Needs the 2027 land quota", on("2026-11-16"),
                    at("2026-10-09T10:00"));
            assertThat(ticket.deadline()).as("no clock runs while suspended").isEmpty();
            assertThat(ticket.state().handled()).isTrue();
            var resumed = ticket.resume(NRP_OFFICER, "Quota granted early", at("2026-10-16T10:00"));

            assertThat(suspended).containsExactly(new TicketSuspended(step(TicketState.IN_PROGRESS,
                    TicketState.SUSPENDED, NRP, "officer:NRP", at("2026-10-09T10:00")), "Needs the 2027 land quota",
                    on("2026-11-16"), null));
            // suspended Friday 9 October, resumed Friday 16 October: 6 working days (Saturday 10 October is one)
            assertThat(resumed).containsExactly(new TicketResumed(step(TicketState.SUSPENDED,
                    TicketState.IN_PROGRESS, NRP, "officer:NRP", at("2026-10-16T10:00")), "Quota granted early",
                    on("2026-10-30")));
            assertThat(ticket.resolveDue()).isEqualTo(on("2026-10-30"));
        }

        @Test
        void theReviewDateMustLieAhead() {
            Ticket ticket = TicketFixture.inProgress();

            assertThatThrownBy(() -> ticket.suspend(NRP_OFFICER, "Policy", on("2026-10-09"), at("2026-10-09T10:00")))
                    .isInstanceOfSatisfying(InvalidTicketRequest.class,
                            e -> assertThat(e.field()).isEqualTo("reviewOn"));
        }

        @Test
        void theDepartmentIsRemindedOnceOnTheReviewDateAndMayMoveIt() {
            Ticket ticket = TicketFixture.suspended();

            assertThatThrownBy(() -> ticket.remindReview(at("2026-11-15T23:59")))
                    .isInstanceOf(TransitionRefused.class).hasMessageContaining("2026-11-16");
            var reminder = ticket.remindReview(at("2026-11-16T00:05"));
            assertThat(ticket.allows(TicketAction.REMIND_REVIEW)).isFalse();
            ticket.suspend(NRP_OFFICER, "Quota decision postponed", on("2026-12-14"), at("2026-11-16T10:00"));

            assertThat(reminder).containsExactly(new SuspensionReviewDue(step(TicketState.SUSPENDED,
                    TicketState.SUSPENDED, NRP, "system", at("2026-11-16T00:05")), on("2026-11-16")));
            assertThat(ticket.toRecord().reviewOn()).isEqualTo(on("2026-12-14"));
            assertThat(ticket.toRecord().suspendedOn()).as("still suspended since the first time")
                    .isEqualTo(on("2026-10-09"));
            assertThat(ticket.allows(TicketAction.REMIND_REVIEW)).isTrue();
        }
    }

    @Nested
    class Resolving {

        @Test
        void theAnswerAsksTheEnterpriseForItsVerdictWithinFiveWorkingDays() {
            Ticket ticket = TicketFixture.inProgress();

            var events = ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "Plot handed over", null,
                    at("2026-10-14T16:00"));

            assertThat(events).containsExactly(new TicketResolved(step(TicketState.IN_PROGRESS, TicketState.RESOLVED,
                    NRP, "officer:NRP", at("2026-10-14T16:00")), Outcome.SOLVED, "Plot handed over", null,
                    on("2026-10-21"), null));
            assertThat(ticket.deadline()).isEmpty();
        }

        @Test
        void aPlannedSolutionNeedsItsDayAndOnlyItHasOne() {
            Ticket ticket = TicketFixture.inProgress();
            Instant now = at("2026-10-14T16:00");

            assertThatThrownBy(() -> ticket.resolve(NRP_OFFICER, Outcome.PLANNED, "Next year", null, now))
                    .isInstanceOfSatisfying(InvalidTicketRequest.class,
                            e -> assertThat(e.field()).isEqualTo("plannedFor"));
            assertThatThrownBy(() -> ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "Done", on("2027-03-01"), now))
                    .isInstanceOfSatisfying(InvalidTicketRequest.class,
                            e -> assertThat(e.field()).isEqualTo("plannedFor"));
            ticket.resolve(NRP_OFFICER, Outcome.PLANNED, "In the 2027 land plan", on("2027-03-01"), now);

            assertThat(ticket.toRecord().plannedFor()).isEqualTo(on("2027-03-01"));
        }

        @Test
        void aSuspendedMatterCanBeAnsweredDirectly() {
            Ticket ticket = TicketFixture.suspended();

            ticket.resolve(NRP_OFFICER, Outcome.PLANNED, "In the 2027 quota", on("2027-01-15"),
                    at("2026-11-20T10:00"));

            assertThat(ticket.state()).isEqualTo(TicketState.RESOLVED);
            assertThat(ticket.toRecord().suspendedOn()).isNull();
        }
    }

    @Nested
    class Feedback {

        @Test
        void aSatisfiedEnterpriseClosesTheTicketOnTime() {
            Ticket ticket = TicketFixture.resolved();

            var events = ticket.giveFeedback(CONTACT, Satisfaction.BASICALLY_SATISFIED, "Fine",
                    at("2026-10-15T10:00"));

            String contact = CONTACT.toString();
            assertThat(events).containsExactly(
                    new FeedbackGiven(step(TicketState.RESOLVED, TicketState.RESOLVED, NRP, contact,
                            at("2026-10-15T10:00")), Satisfaction.BASICALLY_SATISFIED, "Fine", false),
                    new TicketClosed(step(TicketState.RESOLVED, TicketState.CLOSED, NRP, contact,
                            at("2026-10-15T10:00")), Satisfaction.BASICALLY_SATISFIED, false, Timeliness.ON_TIME, 9));
        }

        @Test
        void theFirstDissatisfactionReopensTheTicketWithAFreshResolutionPeriod() {
            Ticket ticket = TicketFixture.resolved();

            var events = ticket.giveFeedback(CONTACT, Satisfaction.DISSATISFIED, "Smaller than agreed",
                    at("2026-10-15T10:00"));

            assertThat(events).hasSize(2).last().isEqualTo(new TicketReopened(step(TicketState.RESOLVED,
                    TicketState.REOPENED, NRP, CONTACT.toString(), at("2026-10-15T10:00")), "Smaller than agreed",
                    on("2026-11-05")));
            assertThat(ticket.state()).isEqualTo(TicketState.REOPENED);
            assertThat(ticket.toRecord().reopenCount()).isEqualTo(1);
            assertThat(ticket.toRecord().outcome()).isNull();
            assertThat(ticket.deadline()).get().extracting(Deadline::due).isEqualTo(on("2026-11-05"));
        }

        @Test
        void dissatisfactionNeedsAComment() {
            Ticket ticket = TicketFixture.resolved();

            assertThatThrownBy(() -> ticket.giveFeedback(CONTACT, Satisfaction.DISSATISFIED, "",
                    at("2026-10-15T10:00"))).isInstanceOfSatisfying(InvalidTicketRequest.class,
                    e -> assertThat(e.field()).isEqualTo("comment"));
        }

        @Test
        void aSecondDissatisfactionClosesTheTicketAsDissatisfiedAndEscalatesItToTheLeaderInCharge() {
            Ticket ticket = TicketFixture.reopened();
            ticket.resolve(NRP_OFFICER, Outcome.EXPLAINED, "The plot size is fixed by the plan", null,
                    at("2026-10-28T10:00"));

            var events = ticket.giveFeedback(CONTACT, Satisfaction.DISSATISFIED, "Still not acceptable",
                    at("2026-10-29T10:00"));

            assertThat(events).hasSize(3);
            assertThat(events.get(1)).isEqualTo(new TicketEscalated(step(TicketState.RESOLVED, TicketState.RESOLVED,
                    NRP, "system", at("2026-10-29T10:00")), 2, "leader:331002", EscalationReason.DISSATISFIED_AGAIN));
            assertThat(events.get(2)).isInstanceOfSatisfying(TicketClosed.class,
                    closed -> assertThat(closed.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED));
            assertThat(ticket.state()).isEqualTo(TicketState.CLOSED);
            assertThat(ticket.escalationLevel()).isEqualTo(2);
        }

        @Test
        void noVerdictWithinFiveWorkingDaysClosesTheTicketAsSatisfiedByDefault() {
            Ticket ticket = TicketFixture.resolved();

            assertThatThrownBy(() -> ticket.closeWithoutFeedback(at("2026-10-21T23:00")))
                    .isInstanceOf(TransitionRefused.class).hasMessageContaining("2026-10-21");
            var events = ticket.closeWithoutFeedback(at("2026-10-22T00:10"));

            assertThat(events).containsExactly(
                    new FeedbackGiven(step(TicketState.RESOLVED, TicketState.RESOLVED, NRP, "system",
                            at("2026-10-22T00:10")), Satisfaction.SATISFIED, null, true),
                    new TicketClosed(step(TicketState.RESOLVED, TicketState.CLOSED, NRP, "system",
                            at("2026-10-22T00:10")), Satisfaction.SATISFIED, true, Timeliness.ON_TIME, 9));
            assertThat(ticket.toRecord().closedByDefault()).isTrue();
        }
    }

    @Nested
    class TheNextEvaluationDay {

        @Test
        void anUnacceptedTicketIsLookedAtWhenItTurnsYellowRedAndClimbsToTheLeaderThenNoMore() {
            Ticket ticket = TicketFixture.assigned();
            var days = new ArrayList<LocalDate>();

            days.add(ticket.nextEvaluationDay().orElseThrow());
            ticket.evaluate(morningOf(days.getLast()));
            days.add(ticket.nextEvaluationDay().orElseThrow());
            ticket.evaluate(at("2026-09-29T00:10"));
            days.add(ticket.nextEvaluationDay().orElseThrow());
            assertThat(ticket.evaluate(at("2026-10-09T23:59"))).as("the day before: nothing yet").isEmpty();
            ticket.evaluate(morningOf(days.getLast()));

            assertThat(days).as("yellow, red and the head, the leader (1-7 October off, 10 October worked)")
                    .containsExactly(on("2026-09-28"), on("2026-09-29"), on("2026-10-10"));
            assertThat(ticket.escalationLevel()).isEqualTo(2);
            assertThat(ticket.nextEvaluationDay()).isEmpty();
        }

        @Test
        void aSuspendedTicketIsLookedAtOnItsReviewDateUntilItsDepartmentIsReminded() {
            Ticket ticket = TicketFixture.suspended();

            assertThat(ticket.nextEvaluationDay()).contains(on("2026-11-16"));
            ticket.remindReview(at("2026-11-16T00:05"));
            assertThat(ticket.nextEvaluationDay()).isEmpty();
        }

        @Test
        void aResolvedTicketIsLookedAtTheDayAfterItsVerdictWasDueAndAClosedOneNever() {
            Ticket ticket = TicketFixture.resolved();

            assertThat(ticket.nextEvaluationDay()).contains(on("2026-10-22"));
            assertThat(TicketFixture.closed().nextEvaluationDay()).isEmpty();
            ticket.closeWithoutFeedback(morningOf(on("2026-10-22")));
            assertThat(ticket.nextEvaluationDay()).isEmpty();
        }
    }

    @Nested
    class OnTimeOrNot {

        @Test
        void anAnswerWithinAnApprovedExtensionIsOnTimeExtended() {
            Ticket ticket = TicketFixture.withExtensionUsed();
            ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "Done", null, at("2026-10-27T10:00"));

            var closed = ticket.giveFeedback(CONTACT, Satisfaction.SATISFIED, null, at("2026-10-28T10:00"));

            assertThat(((TicketClosed) closed.getLast()).timeliness()).isEqualTo(Timeliness.ON_TIME_EXTENDED);
        }

        @Test
        void anAnswerWithinTheOriginalDeadlineIsOnTimeEvenWithAnExtension() {
            Ticket ticket = TicketFixture.withExtensionUsed();
            ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "Done", null, at("2026-10-22T17:00"));

            var closed = ticket.giveFeedback(CONTACT, Satisfaction.SATISFIED, null, at("2026-10-23T10:00"));

            assertThat(((TicketClosed) closed.getLast()).timeliness()).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void anAnswerAfterTheDeadlineIsOverdueEvenIfAnExtensionCameLater() {
            Ticket ticket = TicketFixture.inProgress();
            ticket.requestExtension(NRP_OFFICER, 10, "Late", at("2026-10-23T09:00"));
            ticket.decideExtension(NRP_HEAD, true, "Granted after the deadline", at("2026-10-23T10:00"));
            ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "Done", null, at("2026-10-26T10:00"));

            var closed = ticket.giveFeedback(CONTACT, Satisfaction.SATISFIED, null, at("2026-10-27T10:00"));

            assertThat(((TicketClosed) closed.getLast()).timeliness()).isEqualTo(Timeliness.OVERDUE);
        }
    }

    @Nested
    class Evaluation {

        @Test
        void theLightTurnsYellowWhenEightyPercentOfTheTimeIsUsedAndRedWhenOverdue() {
            Ticket ticket = TicketFixture.inProgress();

            // 12 of the 15 working days are used by the end of Monday 19 October
            assertThat(ticket.evaluate(morningOf(on("2026-10-16")))).isEmpty();
            var yellow = ticket.evaluate(morningOf(on("2026-10-19")));
            assertThat(ticket.evaluate(at("2026-10-22T23:59"))).as("the deadline day is still on time").isEmpty();
            var red = ticket.evaluate(at("2026-10-23T00:01"));

            assertThat(yellow).containsExactly(new LightChanged(step(TicketState.IN_PROGRESS, TicketState.IN_PROGRESS,
                    NRP, "system", morningOf(on("2026-10-19"))), Light.GREEN, Light.YELLOW));
            assertThat(red).containsExactly(
                    new LightChanged(step(TicketState.IN_PROGRESS, TicketState.IN_PROGRESS, NRP, "system",
                            at("2026-10-23T00:01")), Light.YELLOW, Light.RED),
                    new TicketEscalated(step(TicketState.IN_PROGRESS, TicketState.IN_PROGRESS, NRP, "system",
                            at("2026-10-23T00:01")), 1, "head:NRP", EscalationReason.OVERDUE));
        }

        @Test
        void overdueByFiveMoreWorkingDaysAcrossTheHolidayTheLeaderInChargeSupervises() {
            Ticket ticket = TicketFixture.assigned();

            var overdue = ticket.evaluate(morningOf(on("2026-09-29")));
            // 29, 30 September and 8, 9 October are four working days; the make-up Saturday 10 October is the fifth
            var stillHead = ticket.evaluate(morningOf(on("2026-10-09")));
            var leader = ticket.evaluate(morningOf(on("2026-10-10")));

            assertThat(overdue).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("LightChanged", "TicketEscalated");
            assertThat(stillHead).isEmpty();
            assertThat(leader).containsExactly(new TicketEscalated(step(TicketState.ASSIGNED, TicketState.ASSIGNED,
                    NRP, "system", morningOf(on("2026-10-10"))), 2, "leader:331002",
                    EscalationReason.OVERDUE_FURTHER));
            assertThat(ticket.toRecord().escalatedTo()).isEqualTo("leader:331002");
        }

        @Test
        void anEvaluationAfterALongPauseTakesEveryStepAtOnceAndEachStepOnlyOnce() {
            Ticket ticket = TicketFixture.inProgress();

            var events = ticket.evaluate(morningOf(on("2026-11-02")));

            assertThat(events).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("LightChanged", "TicketEscalated", "TicketEscalated");
            assertThat(((LightChanged) events.getFirst()).light()).isEqualTo(Light.RED);
            assertThat(ticket.version()).as("one evaluation, one version").isEqualTo(4);
            assertThat(ticket.evaluate(morningOf(on("2026-11-03")))).isEmpty();
            assertThat(ticket.toRecord().deadlineMissed()).isTrue();
        }

        @Test
        void nothingIsEvaluatedWithoutARunningClock() {
            for (Ticket ticket : List.of(TicketFixture.suspended(), TicketFixture.resolved(), TicketFixture.closed(),
                    TicketFixture.returned())) {
                long version = ticket.version();

                assertThat(ticket.evaluate(morningOf(on("2027-06-01")))).isEmpty();
                assertThat(ticket.version()).isEqualTo(version);
            }
        }

        @Test
        void anApprovedExtensionTurnsTheLightBackButLeavesTheEscalation() {
            Ticket ticket = TicketFixture.inProgress();
            ticket.requestExtension(NRP_OFFICER, 10, "Survey", at("2026-10-22T09:00"));
            ticket.evaluate(morningOf(on("2026-10-23")));
            assertThat(ticket.light()).isEqualTo(Light.RED);

            ticket.decideExtension(NRP_HEAD, true, "Granted", morningOf(on("2026-10-23")));

            assertThat(ticket.light()).isEqualTo(Light.GREEN);
            assertThat(ticket.escalationLevel()).isEqualTo(1);
        }
    }

    @Test
    void everyRecordedStepSaysWhoWhenFromWhereToWhere() {
        Ticket ticket = TicketFixture.assigned();
        var events = new java.util.ArrayList<TicketEvent>();
        events.addAll(ticket.accept(NRP_OFFICER, at("2026-09-24T11:00")));
        events.addAll(ticket.contribute(INV_OFFICER, "Agreed", at("2026-09-28T11:00")));
        events.addAll(ticket.resolve(NRP_OFFICER, Outcome.SOLVED, "Done", null, at("2026-09-29T11:00")));
        events.addAll(ticket.giveFeedback(CONTACT, Satisfaction.SATISFIED, null, at("2026-09-30T11:00")));

        assertThat(events).extracting(e -> e.transition().by() + " " + e.transition().from() + ">"
                + e.transition().to()).containsExactly("officer:NRP ASSIGNED>ACCEPTED", "officer:INV ACCEPTED>ACCEPTED",
                "officer:NRP ACCEPTED>RESOLVED", CONTACT + " RESOLVED>RESOLVED", CONTACT + " RESOLVED>CLOSED");
        assertThat(ticket.version()).isEqualTo(5);
    }
}
