package gov.enterprise.resolution.ticket;

import static gov.enterprise.resolution.ticket.TicketFixture.CONTACT;
import static gov.enterprise.resolution.ticket.TicketFixture.DRC;
import static gov.enterprise.resolution.ticket.TicketFixture.INV_OFFICER;
import static gov.enterprise.resolution.ticket.TicketFixture.LEADER;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP_HEAD;
import static gov.enterprise.resolution.ticket.TicketFixture.NRP_OFFICER;
import static gov.enterprise.resolution.ticket.TicketFixture.at;
import static gov.enterprise.resolution.ticket.TicketFixture.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine as one table: for every state a ticket can rest in (and the guarded variants of in-progress),
 * every action, allowed ones with the state they lead to. Anything not in a row is refused. Each of the cells is a
 * test case: an allowed action changes the ticket and returns events; a refused one throws {@link TransitionRefused}
 * naming the state and the allowed actions, and leaves the ticket exactly as it was.
 */
class TicketStateMachineTest {

    private static final String MACHINE = """
            assigned          | accept:ACCEPTED transfer:ASSIGNED return:RETURNED contribute:ASSIGNED \
            allow-extension:ASSIGNED
            accepted          | transfer:ASSIGNED return:RETURNED progress:IN_PROGRESS contribute:ACCEPTED \
            extend:ACCEPTED allow-extension:ACCEPTED suspend:SUSPENDED resolve:RESOLVED
            in progress       | transfer:ASSIGNED progress:IN_PROGRESS contribute:IN_PROGRESS extend:IN_PROGRESS \
            allow-extension:IN_PROGRESS suspend:SUSPENDED resolve:RESOLVED
            extension pending | transfer:ASSIGNED progress:IN_PROGRESS contribute:IN_PROGRESS extension:IN_PROGRESS \
            allow-extension:IN_PROGRESS suspend:SUSPENDED resolve:RESOLVED
            extension used    | transfer:ASSIGNED progress:IN_PROGRESS contribute:IN_PROGRESS \
            allow-extension:IN_PROGRESS suspend:SUSPENDED resolve:RESOLVED
            suspended         | progress:SUSPENDED contribute:SUSPENDED allow-extension:SUSPENDED suspend:SUSPENDED \
            resume:IN_PROGRESS resolve:RESOLVED remind-review:SUSPENDED
            resolved          | feedback:CLOSED auto-close:CLOSED
            reopened          | transfer:ASSIGNED progress:IN_PROGRESS contribute:REOPENED extend:REOPENED \
            allow-extension:REOPENED suspend:SUSPENDED resolve:RESOLVED
            closed            |
            returned          | reassign:ASSIGNED
            """;

    private static final Map<String, Supplier<Ticket>> FIXTURES = new LinkedHashMap<>();

    static {
        FIXTURES.put("assigned", TicketFixture::assigned);
        FIXTURES.put("accepted", TicketFixture::accepted);
        FIXTURES.put("in progress", TicketFixture::inProgress);
        FIXTURES.put("extension pending", TicketFixture::withPendingExtension);
        FIXTURES.put("extension used", TicketFixture::withExtensionUsed);
        FIXTURES.put("suspended", TicketFixture::suspended);
        FIXTURES.put("resolved", TicketFixture::resolved);
        FIXTURES.put("reopened", TicketFixture::reopened);
        FIXTURES.put("closed", TicketFixture::closed);
        FIXTURES.put("returned", TicketFixture::returned);
    }

    /** After every fixture's last step, before any review date, and after any feedback period. */
    private static final Instant LATER = at("2026-11-20T10:00");

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("everyStateAndAction")
    void everyActionInEveryStateIsAllowedOrRefusedAsTheTableSays(String fixture, TicketAction action,
                                                                  String expected) {
        Ticket ticket = FIXTURES.get(fixture).get();
        TicketRecord before = ticket.toRecord();

        if (expected.equals("refused")) {
            assertThat(ticket.allows(action)).isFalse();
            assertThatThrownBy(() -> perform(ticket, action))
                    .isInstanceOfSatisfying(TransitionRefused.class, refused -> {
                        assertThat(refused.state()).isEqualTo(before.state());
                        assertThat(refused.action()).isEqualTo(action);
                        assertThat(refused.allowedActions()).isEqualTo(ticket.allowedActions());
                        assertThat(refused.getMessage()).isNotBlank();
                    });
            assertThat(ticket.toRecord()).as("a refused action changes nothing").isEqualTo(before);
        } else {
            assertThat(ticket.allows(action)).isTrue();
            List<TicketEvent> events = perform(ticket, action);
            assertThat(events).isNotEmpty();
            assertThat(ticket.state()).isEqualTo(TicketState.valueOf(expected));
            assertThat(ticket.version()).as("one action, one version").isEqualTo(before.version() + 1);
            assertThat(events).allSatisfy(event -> {
                assertThat(event.issueId()).isEqualTo(before.issueId());
                assertThat(event.at()).isEqualTo(LATER);
                assertThat(event.transition().by()).isNotBlank();
            });
            assertThat(events.getFirst().transition().from()).as("the first step starts where the ticket was")
                    .isEqualTo(before.state());
            assertThat(events.getLast().transition().to()).as("the last step ends where the ticket is")
                    .isEqualTo(ticket.state());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void allowedActionsAreExactlyThePeoplesActionsOfTheRow(String fixture) {
        var expected = table().get(fixture).keySet().stream().filter(TicketAction::byPerson).toList();

        assertThat(FIXTURES.get(fixture).get().allowedActions()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theTableCoversEveryRestingStateAndNamesOnlyRealActions() {
        var restingStates = FIXTURES.values().stream().map(f -> f.get().state()).distinct().toList();

        assertThat(restingStates).containsExactlyInAnyOrder(TicketState.ASSIGNED, TicketState.ACCEPTED,
                TicketState.IN_PROGRESS, TicketState.SUSPENDED, TicketState.RESOLVED, TicketState.REOPENED,
                TicketState.CLOSED, TicketState.RETURNED);
        assertThat(table().keySet()).containsExactlyElementsOf(FIXTURES.keySet());
    }

    @Test
    void handledAndResolvedAreTheFiguresDefinitions() {
        assertThat(Arrays.stream(TicketState.values()).filter(TicketState::handled)).containsExactlyInAnyOrder(
                TicketState.ACCEPTED, TicketState.IN_PROGRESS, TicketState.SUSPENDED, TicketState.RESOLVED,
                TicketState.CLOSED, TicketState.REOPENED);
        assertThat(Arrays.stream(TicketState.values()).filter(TicketState::resolved))
                .containsExactlyInAnyOrder(TicketState.RESOLVED, TicketState.CLOSED);
    }

    @Test
    void aTicketNeverRestsInTransferredItPassesThroughOnItsWayToTheNextDepartment() {
        Ticket ticket = TicketFixture.inProgress();

        var events = ticket.transfer(NRP_OFFICER, DRC, "Investment approval is DRC's", LATER);

        assertThat(events).filteredOn(e -> !(e instanceof TicketEvent.LightChanged))
                .extracting(e -> e.transition().from() + ">" + e.transition().to())
                .containsExactly("IN_PROGRESS>TRANSFERRED", "TRANSFERRED>ASSIGNED");
        assertThat(ticket.state()).isEqualTo(TicketState.ASSIGNED);
        assertThat(ticket.department()).isEqualTo(DRC);
    }

    static Stream<Arguments> everyStateAndAction() {
        Map<String, Map<TicketAction, TicketState>> table = table();
        return FIXTURES.keySet().stream().flatMap(fixture -> Arrays.stream(TicketAction.values()).map(action -> {
            TicketState to = table.get(fixture).get(action);
            return Arguments.of(fixture, action, to == null ? "refused" : to.name());
        }));
    }

    static Stream<String> fixtures() {
        return FIXTURES.keySet().stream();
    }

    private static Map<String, Map<TicketAction, TicketState>> table() {
        var table = new LinkedHashMap<String, Map<TicketAction, TicketState>>();
        for (String line : MACHINE.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            var row = new EnumMap<TicketAction, TicketState>(TicketAction.class);
            for (String cell : parts[1].trim().split("\\s+")) {
                if (!cell.isEmpty()) {
                    String[] actionAndState = cell.split(":");
                    TicketAction action = Arrays.stream(TicketAction.values())
                            .filter(a -> a.path().equals(actionAndState[0])).findFirst().orElseThrow(
                                    () -> new IllegalArgumentException("no action " + actionAndState[0]));
                    row.put(action, TicketState.valueOf(actionAndState[1]));
                }
            }
            table.put(parts[0].trim(), row);
        }
        return table;
    }

    /** The action with a valid request, as the person (or the service) entitled to it would take it. */
    private static List<TicketEvent> perform(Ticket ticket, TicketAction action) {
        return switch (action) {
            case ACCEPT -> ticket.accept(NRP_OFFICER, LATER);
            case TRANSFER -> ticket.transfer(NRP_OFFICER, DRC, "Investment approval is DRC's", LATER);
            case RETURN -> ticket.returnToIntake(NRP_OFFICER, "Misrouted", LATER);
            case PROGRESS -> ticket.noteProgress(NRP_OFFICER, "Called the enterprise", LATER);
            case CONTRIBUTE -> ticket.contribute(INV_OFFICER, "INV supports the plot", LATER);
            case EXTEND -> ticket.requestExtension(NRP_OFFICER, 5, "Survey pending", LATER);
            case DECIDE_EXTENSION -> ticket.decideExtension(NRP_HEAD, true, "Granted", LATER);
            case ALLOW_EXTENSION -> ticket.allowExtension(LEADER, 1, "The policy change takes time", LATER);
            case SUSPEND -> ticket.suspend(NRP_OFFICER, "Needs a policy change", on("2026-12-01"), LATER);
            case RESUME -> ticket.resume(NRP_OFFICER, "The quota arrived", LATER);
            case RESOLVE -> ticket.resolve(NRP_OFFICER, Outcome.EXPLAINED, "No legal basis", null, LATER);
            case FEEDBACK -> ticket.giveFeedback(CONTACT, Satisfaction.SATISFIED, null, LATER);
            case REASSIGN -> ticket.reassign(new Routing("POWER", "NORMAL", "PWR", List.of(), on("2026-11-23"),
                    on("2026-12-11")), LATER);
            case REMIND_REVIEW -> ticket.remindReview(LATER);
            case AUTO_CLOSE -> ticket.closeWithoutFeedback(LATER);
        };
    }
}
