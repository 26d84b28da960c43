package gov.enterprise.intake.issue;

import static gov.enterprise.intake.IntakePolicyFixture.PUMP_MAKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.intake.IntakePolicyFixture;
import gov.enterprise.intake.duplicate.DuplicateMatch;
import gov.enterprise.intake.deadline.Priority;
import gov.enterprise.intake.policy.IntakePolicy;
import gov.enterprise.intake.policy.RoutingOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IssueTest {

    private static final Instant REPORTED = Instant.parse("2026-09-25T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-09-28T02:00:00Z");

    private final IntakePolicy policy = IntakePolicyFixture.policy();

    private static Issue reported(String title, String description, String hint) {
        return Issue.report(new NewIssue("issue-1", PUMP_MAKER, title, description, hint, Channel.VISIT, "visit-9",
                "cadre:c-17", REPORTED));
    }

    private Issue classified(String title, String description, String hint) {
        Issue issue = reported(title, description, hint);
        issue.classify(policy.classify(title, description, hint), REPORTED);
        return issue;
    }

    @Test
    void aClassifiedIssueIsRoutedByTheNarrowestRuleWithDeadlinesAndReasons() {
        Issue issue = classified("用地", "企业扩产缺少用地指标", null);

        IssueEvent fact = issue.routeAutomatically(policy, REPORTED);

        assertThat(fact).isInstanceOf(IssueRouted.class);
        var routing = ((IssueRouted) fact).routing();
        assertThat(routing.leadDepartment()).isEqualTo("INV");
        assertThat(routing.coDepartments()).containsExactly("NRP");
        assertThat(routing.ruleId()).isEqualTo("land-taizhou");
        assertThat(routing.ruleVersion()).isEqualTo(3);
        assertThat(routing.resolveDue()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(routing.reason()).startsWith("rule land-taizhou v3 (category LAND, region 331000) leads to INV");
        assertThat(issue.state()).isEqualTo(IssueState.ROUTED);
        assertThat(issue.newHistory()).extracting(HistoryEntry::kind).containsExactly("reported", "classified", "routed");
    }

    @Test
    void anUnclassifiableIssueGoesToTriageWithTheClassifiersReason() {
        Issue issue = classified("感谢", "希望领导多来企业走走", null);

        IssueEvent fact = issue.routeAutomatically(policy, REPORTED);

        assertThat(fact).isEqualTo(new IssueSentToTriage("issue-1", PUMP_MAKER,
                "no dictionary term was found in the text", null, REPORTED));
        assertThat(issue.allowedActions()).containsExactly(Issue.ROUTE, Issue.REJECT);
    }

    @Test
    void aCategoryWithoutARuleGoesToTriageSayingSo() {
        Issue issue = classified("其他", "说明", "OTHER");

        IssueEvent fact = issue.routeAutomatically(policy, REPORTED);

        assertThat(((IssueSentToTriage) fact).reason()).contains("no routing rule for category OTHER");
    }

    @Test
    void aFlaggedRepeatWaitsForTheVerdictBeforeAnyRouting() {
        Issue issue = classified("用地", "企业扩产缺少用地指标", null);

        DuplicateFlagged flagged = issue.flagDuplicate(new DuplicateMatch("issue-0", 0.8), REPORTED);

        assertThat(flagged).isEqualTo(new DuplicateFlagged("issue-1", "issue-0", 0.8, REPORTED));
        assertThat(issue.state()).isEqualTo(IssueState.TRIAGE);
        assertThat(issue.allowedActions()).containsExactly(Issue.CONFIRM_DUPLICATE, Issue.REJECT_DUPLICATE,
                Issue.REJECT);
        var byRules = (RoutingOutcome.Routed) policy.routeByRules("LAND", PUMP_MAKER, Set.of(), Priority.NORMAL,
                REPORTED);
        assertThatThrownBy(() -> issue.route(byRules.decision()))
                .isInstanceOf(IssueStateException.class).hasMessageContaining("confirm or reject the flag first");
    }

    @Test
    void aConfirmedRepeatIsMergedAndARejectedFlagLetsTheIssueBeRouted() {
        Issue original = original(IssueState.ROUTED);
        Issue repeat = classified("用地", "企业扩产缺少用地指标", null);
        repeat.flagDuplicate(new DuplicateMatch("issue-0", 0.8), REPORTED);
        assertThat(repeat.confirmDuplicate(original, "triage:t-1", LATER))
                .isEqualTo(new DuplicateConfirmed("issue-1", "issue-0", "triage:t-1", LATER));
        assertThat(repeat.state()).isEqualTo(IssueState.DUPLICATE);
        assertThat(original.newHistory()).extracting(HistoryEntry::detail)
                .containsExactly("issue issue-1 was merged into this one");

        Issue distinct = classified("用地", "企业扩产缺少用地指标", null);
        distinct.flagDuplicate(new DuplicateMatch("issue-0", 0.8), REPORTED);
        assertThat(distinct.rejectDuplicate("triage:t-1", LATER))
                .isEqualTo(new DuplicateRejected("issue-1", "issue-0", "triage:t-1", LATER));
        assertThat(distinct.routeAutomatically(policy, LATER)).isInstanceOf(IssueRouted.class);
    }

    @Test
    void aRepeatIsNotMergedIntoAnOriginalRejectedOrMergedSinceTheFlag() {
        for (IssueState gone : List.of(IssueState.REJECTED, IssueState.DUPLICATE)) {
            Issue original = original(gone);
            Issue repeat = classified("用地", "企业扩产缺少用地指标", null);
            repeat.flagDuplicate(new DuplicateMatch("issue-0", 0.8), REPORTED);

            assertThatThrownBy(() -> repeat.confirmDuplicate(original, "triage:t-1", LATER)).as("%s", gone)
                    .isInstanceOfSatisfying(IssueStateException.class, e -> {
                        assertThat(e.state()).isEqualTo(IssueState.TRIAGE);
                        assertThat(e.allowedActions()).containsExactly(Issue.REJECT_DUPLICATE, Issue.REJECT);
                    })
                    .hasMessageContaining("the original is " + gone);
            assertThat(repeat.state()).isEqualTo(IssueState.TRIAGE);
            assertThat(repeat.duplicate().open()).isTrue();
            assertThat(original.newHistory()).isEmpty();
            assertThat(repeat.rejectDuplicate("triage:t-1", LATER)).isNotNull();
        }
    }

    /** The issue a repeat was flagged against, as stored in {@code state}. */
    private static Issue original(IssueState state) {
        return Issue.restore("issue-0", PUMP_MAKER, "用地", "企业扩产缺少用地指标", null, Channel.APP, null,
                "enterprise:" + PUMP_MAKER.uscc(), REPORTED.minusSeconds(3600), state, null, null, null, null,
                state == IssueState.REJECTED ? "不属于政府职责" : null, List.of(), null, 3);
    }

    @Test
    void aReturnedIssueIsReroutedButNeverToTheDepartmentThatReturnedIt() {
        Issue issue = classified("用地", "企业扩产缺少用地指标", null);
        issue.routeAutomatically(policy, REPORTED);
        var returned = new ReturnRecord("INV", "不属于本单位职责", "officer:INV", LATER);

        IssueSentToTriage back = issue.returned(returned, null);

        assertThat(back.returnedBy()).isEqualTo("INV");
        assertThat(back.reason()).isEqualTo("returned by INV as misrouted: 不属于本单位职责");
        assertThat(issue.state()).isEqualTo(IssueState.TRIAGE);
        var byRules = (RoutingOutcome.Routed) policy.routeByRules("LAND", PUMP_MAKER, issue.returnedBy(),
                Priority.NORMAL, LATER);
        IssueEvent rerouted = issue.route(byRules.decision());
        assertThat(rerouted).isInstanceOf(IssueRerouted.class);
        assertThat(((IssueRerouted) rerouted).routing().leadDepartment()).isEqualTo("NRP");
        assertThat(((IssueRerouted) rerouted).routing().coDepartments()).isEmpty();
        assertThat(((IssueRerouted) rerouted).previousDepartment()).isEqualTo("INV");
    }

    @Test
    void aReturnIsKnownAgainWhenItsMomentComesBackAtTheDatabasesPrecision() {
        Issue issue = classified("用地", "企业扩产缺少用地指标", null);
        issue.routeAutomatically(policy, REPORTED);
        Instant inNanoseconds = LATER.plusNanos(123_456_789);
        // as stored and read back: microseconds, which the JDBC driver rounds to (…457, not …456)
        issue.returned(new ReturnRecord("INV", "不属于本单位职责", "officer:INV",
                inNanoseconds.plusNanos(500).truncatedTo(ChronoUnit.MICROS)), null);

        assertThat(issue.hasReturn(new ReturnRecord("INV", "不属于本单位职责", "officer:INV", inNanoseconds)))
                .as("the same return published again, in nanoseconds").isTrue();
        assertThat(issue.hasReturn(new ReturnRecord("INV", "不属于本单位职责", "officer:INV",
                inNanoseconds.plusMillis(1)))).isFalse();
    }

    @Test
    void aRuleNeverRoutesBackToAReturningDepartmentEvenWhenAskedTo() {
        Issue issue = classified("用地", "企业扩产缺少用地指标", null);
        issue.routeAutomatically(policy, REPORTED);
        issue.returned(new ReturnRecord("INV", "不属于本单位职责", "officer:INV", LATER), null);
        var toReturner = (RoutingOutcome.Routed) policy.routeByRules("LAND", PUMP_MAKER, Set.of(),
                Priority.NORMAL, LATER);

        assertThatThrownBy(() -> issue.route(toReturner.decision())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not route issue issue-1 back to INV");
    }

    @Test
    void whenEveryRuleLeadsBackToAReturningDepartmentTriageSaysSo() {
        Issue issue = classified("用电", "新生产线需要用电增容", null);
        issue.routeAutomatically(policy, REPORTED);
        issue.returned(new ReturnRecord("DRC", "应由供电公司办理", "officer:DRC", LATER), null);

        RoutingOutcome outcome = policy.routeByRules("ENERGY", PUMP_MAKER, issue.returnedBy(), Priority.NORMAL, LATER);

        assertThat(outcome).isEqualTo(new RoutingOutcome.Unroutable(
                "every routing rule for category ENERGY leads to a department that returned the issue [DRC]"));
    }

    @Test
    void anOlderTicketReportNeverOverwritesANewerOne() {
        Issue issue = classified("用地", "企业扩产缺少用地指标", null);
        issue.routeAutomatically(policy, REPORTED);
        var accepted = new TicketStatus("ACCEPTED", "INV", List.of(), "GREEN", LocalDate.parse("2026-09-28"),
                LocalDate.parse("2026-10-22"), 0, false, null, 2, LATER);
        var assigned = new TicketStatus("ASSIGNED", "INV", List.of(), "GREEN", LocalDate.parse("2026-09-28"),
                LocalDate.parse("2026-10-22"), 0, false, null, 1, REPORTED);

        issue.ticketChanged(accepted, "ticket-accepted", "officer:INV", "accepted", LATER);
        issue.ticketChanged(assigned, "ticket-assigned", "resolution", "assigned", REPORTED);

        assertThat(issue.ticket().state()).isEqualTo("ACCEPTED");
        assertThat(issue.newHistory()).extracting(HistoryEntry::kind).endsWith("ticket-accepted", "ticket-assigned");
    }

    @Test
    void aRetryIsRecognisedAndTheSameIdForAnotherMatterIsNot() {
        Issue first = reported("用地", "企业扩产缺少用地指标", null);
        var retry = new NewIssue("issue-1", PUMP_MAKER, "用地", "企业扩产缺少用地指标", null, Channel.VISIT, "visit-9",
                "cadre:c-17", LATER);
        var other = new NewIssue("issue-1", PUMP_MAKER, "用电", "企业需要用电增容", null, Channel.VISIT, "visit-9",
                "cadre:c-17", LATER);

        assertThat(retry.sameReportAs(first)).isTrue();
        assertThat(other.sameReportAs(first)).isFalse();
    }
}
