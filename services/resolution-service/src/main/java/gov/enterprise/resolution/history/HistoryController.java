package gov.enterprise.resolution.history;

import gov.enterprise.resolution.handling.TicketHandling;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Ledger;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketRecord;
import gov.enterprise.security.Subject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/tickets/{issueId}/history}: every recorded step, and the ledger of working days the ticket
 * spent in each department and each state, so that passing a case on is visible. A closed ticket also says how it
 * kept its deadline.
 */
@RestController
class HistoryController {

    private final TicketHandling handling;
    private final TicketHistory history;
    private final Deadlines deadlines;
    private final Clock clock;

    HistoryController(TicketHandling handling, TicketHistory history, Deadlines deadlines, Clock clock) {
        this.handling = handling;
        this.history = history;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    record HistoryAnswer(String issueId, String state, String department, String timeliness,
                         List<Step> timeline, Ledger ledger) {
    }

    /** One recorded step: what happened, who did it, when, from which state to which, and its own facts. */
    record Step(String event, String by, Instant at, String from, String to, String department, long version,
                JsonNode details) {
    }

    @GetMapping("/api/v1/tickets/{issueId}/history")
    HistoryAnswer history(@PathVariable String issueId, Subject caller) {
        Ticket ticket = handling.find(issueId, caller);
        TicketRecord t = ticket.toRecord();
        var entries = history.of(issueId);
        var timeline = entries.stream().map(entry -> new Step(entry.event(), entry.transition().by(),
                entry.transition().at(), entry.transition().from() == null ? null : entry.transition().from().name(),
                entry.transition().to().name(), entry.transition().department(), entry.version(), entry.details()))
                .toList();
        Ledger ledger = Ledger.of(entries.stream().map(TicketHistory.Entry::transition).toList(), clock.instant(),
                deadlines);
        return new HistoryAnswer(issueId, t.state().name(), t.department(),
                t.timeliness() == null ? null : t.timeliness().name(), timeline, ledger);
    }
}
