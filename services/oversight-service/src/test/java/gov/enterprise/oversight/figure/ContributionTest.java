package gov.enterprise.oversight.figure;

import static gov.enterprise.oversight.figure.Counter.BASICALLY_SATISFIED;
import static gov.enterprise.oversight.figure.Counter.CLOSED;
import static gov.enterprise.oversight.figure.Counter.CLOSED_ON_TIME;
import static gov.enterprise.oversight.figure.Counter.COLLECTED;
import static gov.enterprise.oversight.figure.Counter.HANDLED;
import static gov.enterprise.oversight.figure.Counter.OVERDUE;
import static gov.enterprise.oversight.figure.Counter.PENDING;
import static gov.enterprise.oversight.figure.Counter.REJECTED;
import static gov.enterprise.oversight.figure.Counter.RESOLVED;
import static gov.enterprise.oversight.figure.Counter.SOLVED;
import static gov.enterprise.oversight.figure.IssueFixture.ZONE;
import static gov.enterprise.oversight.figure.IssueFixture.asOf;
import static gov.enterprise.oversight.figure.IssueFixture.at;
import static gov.enterprise.oversight.figure.IssueFixture.closed;
import static gov.enterprise.oversight.figure.IssueFixture.counters;
import static gov.enterprise.oversight.figure.IssueFixture.on;
import static gov.enterprise.oversight.figure.IssueFixture.record;
import static gov.enterprise.oversight.figure.IssueFixture.reported;
import static gov.enterprise.oversight.figure.IssueFixture.routed;
import static gov.enterprise.oversight.figure.IssueFixture.sum;
import static gov.enterprise.oversight.figure.IssueFixture.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContributionTest {

    static final String ISSUE = "iss-1";

    List<IssueChange> lifecycle() {
        return List.of(
                reported(ISSUE, "2026-09-24T10:00"),
                routed(ISSUE, "NRP", "2026-09-24T10:00", "2026-09-24T10:00:01"),
                ticket(ISSUE, 1, "ASSIGNED", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-24T10:00:02"),
                ticket(ISSUE, 2, "ACCEPTED", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-25T09:00"),
                ticket(ISSUE, 3, "IN_PROGRESS", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-26T09:00"),
                ticket(ISSUE, 4, "RESOLVED", "GREEN", "NRP", "SOLVED", "2026-09-24T10:00", "2026-10-10T16:00"),
                closed(ISSUE, 5, "SOLVED", "ON_TIME", "BASICALLY_SATISFIED", 9, "2026-09-24T10:00",
                        "2026-10-12T11:00"));
    }

    @Test
    void anIssueCountsAsPendingUntilAcceptedThenHandledResolvedAndClosedOnTheDaysItHappened() {
        IssueRecord issue = record(ISSUE, lifecycle().toArray(IssueChange[]::new));

        assertThat(asOf(issue, on("2026-09-23"))).isEqualTo(Counters.zero());
        assertThat(asOf(issue, on("2026-09-24"))).isEqualTo(counters(COLLECTED, PENDING));
        assertThat(asOf(issue, on("2026-09-25"))).isEqualTo(counters(COLLECTED, HANDLED));
        assertThat(asOf(issue, on("2026-10-10"))).isEqualTo(counters(COLLECTED, HANDLED, RESOLVED, SOLVED));
        assertThat(asOf(issue, on("2026-10-12"))).isEqualTo(Counters.builder().set(COLLECTED, 1).set(HANDLED, 1)
                .set(RESOLVED, 1).set(SOLVED, 1).set(CLOSED, 1).set(CLOSED_ON_TIME, 1).set(BASICALLY_SATISFIED, 1)
                .set(Counter.WORKING_DAYS_TO_RESOLVE, 9).build());
    }

    @Test
    void theRecordAndItsFiguresDoNotDependOnTheOrderEventsArriveInAcrossTopics() {
        IssueRecord inOrder = record(ISSUE, lifecycle().toArray(IssueChange[]::new));
        var random = new Random(7);
        for (int round = 0; round < 50; round++) {
            // each topic keeps its own order; the two topics interleave at random
            List<IssueChange> intake = new ArrayList<>(lifecycle().subList(0, 2));
            List<IssueChange> resolution = new ArrayList<>(lifecycle().subList(2, 7));
            var arrival = new ArrayList<IssueChange>();
            while (!intake.isEmpty() || !resolution.isEmpty()) {
                boolean fromIntake = resolution.isEmpty() || (!intake.isEmpty() && random.nextBoolean());
                arrival.add((fromIntake ? intake : resolution).removeFirst());
            }
            IssueRecord shuffled = record(ISSUE, arrival.toArray(IssueChange[]::new));
            assertThat(Contribution.of(shuffled, ZONE)).isEqualTo(Contribution.of(inOrder, ZONE));
        }
    }

    @Test
    void aTicketEventBeforeTheReportPlacesTheIssueOnItsReportDay() {
        IssueRecord issue = record(ISSUE,
                ticket(ISSUE, 2, "ACCEPTED", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-25T09:00"));

        assertThat(asOf(issue, on("2026-09-24"))).isEqualTo(counters(COLLECTED, PENDING));
        assertThat(asOf(issue, on("2026-09-25"))).isEqualTo(counters(COLLECTED, HANDLED));
        assertThat(Contribution.of(issue, ZONE).firstKey().reportDay()).isEqualTo(on("2026-09-24"));
    }

    @Test
    void aChangeAppliedAgainOrOlderThanTheTicketHeldTeachesNothing() {
        IssueRecord issue = record(ISSUE, lifecycle().toArray(IssueChange[]::new));
        var shuffled = new ArrayList<>(lifecycle());
        Collections.reverse(shuffled);

        for (IssueChange change : shuffled) {
            assertThat(issue.apply(change)).as("%s again", change).isFalse();
        }
    }

    @Test
    void aTicketVersionArrivingLateFindsItsPlaceInTheHistory() {
        // while a rebuild catches up, a live event of a ticket may be applied before older ones of the same ticket
        List<IssueChange> changes = lifecycle();
        IssueRecord inOrder = record(ISSUE, changes.toArray(IssueChange[]::new));
        IssueRecord late = record(ISSUE, changes.get(0), changes.get(1), changes.get(2), changes.get(6),
                changes.get(4), changes.get(3), changes.get(5));

        assertThat(late.steps()).isEqualTo(inOrder.steps());
        assertThat(Contribution.of(late, ZONE)).isEqualTo(Contribution.of(inOrder, ZONE));
        assertThat(late.ticket().version()).isEqualTo(5);
    }

    @Test
    void versionsTheFiguresSeeAlikeShareOneStepUntilADifferentOneComes() {
        IssueRecord issue = record(ISSUE, reported(ISSUE, "2026-09-24T10:00"),
                ticket(ISSUE, 1, "ACCEPTED", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-24T11:00"),
                ticket(ISSUE, 2, "ACCEPTED", "YELLOW", "NRP", null, "2026-09-24T10:00", "2026-10-20T00:10"),
                ticket(ISSUE, 4, "ACCEPTED", "RED", "NRP", null, "2026-09-24T10:00", "2026-10-23T00:10"));

        assertThat(issue.steps()).extracting(step -> step.version() + ".." + step.lastVersion())
                .containsExactly("1..2", "4..4");
        // version 3 arrives late: it is not covered by the first step, and joins it
        issue.apply(ticket(ISSUE, 3, "ACCEPTED", "YELLOW", "NRP", null, "2026-09-24T10:00", "2026-10-21T10:00"));
        assertThat(issue.steps()).extracting(step -> step.version() + ".." + step.lastVersion())
                .containsExactly("1..3", "4..4");
        assertThat(issue.overdueSince()).isEqualTo(at("2026-10-23T00:10"));
    }

    @Test
    void aConfirmedDuplicateStopsCountingFromTheDayItWasConfirmed() {
        IssueRecord issue = record(ISSUE, reported(ISSUE, "2026-09-24T10:00"),
                new IssueChange.DuplicateFlagged(ISSUE, "iss-0", at("2026-09-24T10:00")),
                new IssueChange.DuplicateConfirmed(ISSUE, "iss-0", at("2026-09-26T15:00")));

        assertThat(asOf(issue, on("2026-09-25"))).isEqualTo(counters(COLLECTED, PENDING));
        assertThat(asOf(issue, on("2026-09-26"))).isEqualTo(Counters.zero());
        assertThat(issue.status()).isEqualTo("DUPLICATE");
    }

    @Test
    void aRejectedIssueIsCollectedButNeitherPendingNorHandled() {
        IssueRecord issue = record(ISSUE, reported(ISSUE, "2026-09-24T10:00"),
                new IssueChange.SentToTriage(ISSUE, IssueFixture.ACME, at("2026-09-24T10:00")),
                new IssueChange.Rejected(ISSUE, at("2026-09-25T10:00")));

        assertThat(asOf(issue, on("2026-09-25"))).isEqualTo(counters(COLLECTED, REJECTED));
        assertThat(issue.status()).isEqualTo("REJECTED");
    }

    @Test
    void aReturnedTicketLeavesItsDepartmentsCellAndATriageRejectionAfterItIsNotChargedToThatDepartment() {
        IssueRecord issue = record(ISSUE, reported(ISSUE, "2026-09-24T10:00"),
                routed(ISSUE, "PWR", "2026-09-24T10:00", "2026-09-24T10:00:01"),
                ticket(ISSUE, 1, "ASSIGNED", "GREEN", "PWR", null, "2026-09-24T10:00", "2026-09-24T10:01"),
                ticket(ISSUE, 2, "RETURNED", "GREEN", "PWR", null, "2026-09-24T10:00", "2026-09-25T10:00"),
                new IssueChange.SentToTriage(ISSUE, IssueFixture.ACME, at("2026-09-25T10:00:01")),
                new IssueChange.Rejected(ISSUE, at("2026-09-28T10:00")));

        var changes = Contribution.of(issue, ZONE);
        assertThat(sum(department(changes, "PWR"), on("2026-09-24"))).isEqualTo(counters(COLLECTED, PENDING));
        assertThat(sum(department(changes, "PWR"), on("2026-09-25"))).as("returned").isEqualTo(Counters.zero());
        assertThat(sum(department(changes, Cell.UNKNOWN), on("2026-09-25"))).isEqualTo(counters(COLLECTED, PENDING));
        assertThat(sum(department(changes, "PWR"), on("2026-09-28"))).as("rejected").isEqualTo(Counters.zero());
        assertThat(sum(department(changes, Cell.UNKNOWN), on("2026-09-28")))
                .isEqualTo(counters(COLLECTED, REJECTED));
    }

    private static SortedMap<DeltaKey, Counters> department(SortedMap<DeltaKey, Counters> changes,
                                                           String department) {
        var cells = new TreeMap<DeltaKey, Counters>();
        changes.forEach((key, counters) -> {
            if (key.cell().department().equals(department)) {
                cells.put(key, counters);
            }
        });
        return cells;
    }

    @Test
    void aTransferMovesTheIssueToTheNewDepartmentsCellOnTheDayOfTheTransfer() {
        IssueRecord issue = record(ISSUE, reported(ISSUE, "2026-09-24T10:00"),
                ticket(ISSUE, 1, "ASSIGNED", "GREEN", "PWR", null, "2026-09-24T10:00", "2026-09-24T10:01"),
                ticket(ISSUE, 2, "ASSIGNED", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-27T10:00"));

        var changes = Contribution.of(issue, ZONE);
        assertThat(changes.keySet()).extracting(key -> key.cell().department() + "@" + key.effectiveDay())
                // the moment without a department, and its undoing, fall on the same day and cancel out
                .containsExactlyInAnyOrder("PWR@2026-09-24", "PWR@2026-09-27", "NRP@2026-09-27");
        assertThat(changes.entrySet().stream().filter(e -> e.getKey().cell().department().equals("NRP"))
                .map(e -> e.getValue()).reduce(Counters.zero(), Counters::plus))
                .isEqualTo(counters(COLLECTED, PENDING));
    }

    @Test
    void anOpenTicketWithARedLightIsOverdueUntilItIsResolved() {
        IssueRecord issue = record(ISSUE, reported(ISSUE, "2026-09-24T10:00"),
                ticket(ISSUE, 1, "IN_PROGRESS", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-24T11:00"),
                ticket(ISSUE, 2, "IN_PROGRESS", "RED", "NRP", null, "2026-09-24T10:00", "2026-10-23T00:10"),
                ticket(ISSUE, 3, "RESOLVED", "RED", "NRP", "EXPLAINED", "2026-09-24T10:00", "2026-10-27T10:00"));

        assertThat(asOf(issue, on("2026-10-23"))).isEqualTo(counters(COLLECTED, HANDLED, OVERDUE));
        assertThat(asOf(issue, on("2026-10-27"))).isEqualTo(counters(COLLECTED, HANDLED, RESOLVED));
    }

    @Test
    void theDifferenceBetweenTwoVersionsOfAnIssueIsWhatTheCubeMustAdd() {
        IssueRecord before = record(ISSUE, reported(ISSUE, "2026-09-24T10:00"));
        IssueRecord after = before.copy();
        after.apply(ticket(ISSUE, 2, "ACCEPTED", "GREEN", "NRP", null, "2026-09-24T10:00", "2026-09-25T09:00"));

        var difference = Contribution.difference(before, after, ZONE);
        var cube = new java.util.TreeMap<>(Contribution.of(before, ZONE));
        Contribution.addTo(cube, difference);
        cube.values().removeIf(Counters::isZero);

        assertThat(cube).isEqualTo(Contribution.of(after, ZONE));
    }
}
