package gov.enterprise.resolution.history;

import gov.enterprise.resolution.ticket.TicketEvent;
import gov.enterprise.resolution.ticket.TicketState;
import gov.enterprise.resolution.ticket.Transition;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ticket's recorded steps ({@code ticket_history}): each event of each action, with who, when, from which state
 * to which, in which department, and the event's own facts. Written in the transaction of the change.
 */
@Repository
public class TicketHistory {

    /**
     * Rows from one array per column, in list order; only those of tickets that exist (the caller compares the
     * count).
     */
    private static final String INSERT_ALL = """
            insert into ticket_history (issue_id, version, event, from_state, to_state, department, actor, at, details)
            select e.issue_id, e.version, e.event, e.from_state, e.to_state, e.department, e.actor,
                   cast(e.at as timestamptz), cast(e.details as jsonb)
            from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as bigint[]))
                 with ordinality as e(issue_id, event, from_state, to_state, department, actor, at, details, version,
                                      position)
            where exists (select 1 from ticket t where t.issue_id = e.issue_id)
            order by e.position""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    public TicketHistory(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One recorded step as the history shows it. */
    public record Entry(long sequence, String event, Transition transition, long version, JsonNode details) {
    }

    /** Records the events of one or more actions; {@code version} is the ticket's version after them. */
    public void record(List<? extends TicketEvent> events, long version) {
        recordAll(events.stream().map(event -> new VersionedEvent(event, version)).toList());
    }

    /**
     * Records events of several tickets, each with that ticket's version, in one statement whatever their number:
     * each column goes as an array and comes back as rows in list order (so ids, the history's order, follow it).
     * The statement itself checks that every ticket exists, once for all rows, where a foreign key would fire a
     * trigger per row (V4 dropped it): a row naming no ticket fails the whole transaction.
     */
    public void recordAll(List<VersionedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        String[][] text = new String[8][n];
        Long[] versions = new Long[n];
        for (int i = 0; i < n; i++) {
            TicketEvent event = events.get(i).event();
            Transition step = event.transition();
            ObjectNode details = json.valueToTree(event);
            details.remove("transition");
            if (details.path("lapsedExtension").isNull()) {
                details.remove("lapsedExtension"); // most such steps end no request: no "none" on each
            }
            text[0][i] = step.issueId();
            text[1][i] = nameOf(event);
            text[2][i] = step.from() == null ? null : step.from().name();
            text[3][i] = step.to().name();
            text[4][i] = step.department();
            text[5][i] = step.by();
            text[6][i] = step.at().toString();
            text[7][i] = json.writeValueAsString(details);
            versions[i] = events.get(i).version();
        }
        int inserted = jdbc.getJdbcOperations().execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_ALL)) {
                for (int c = 0; c < text.length; c++) {
                    statement.setArray(c + 1, connection.createArrayOf("text", text[c]));
                }
                statement.setArray(text.length + 1, connection.createArrayOf("int8", versions));
                return statement.executeUpdate();
            }
        });
        if (inserted != n) {
            throw new IllegalStateException("history of tickets that do not exist: " + (n - inserted) + " of " + n
                    + " rows refused");
        }
    }

    public record VersionedEvent(TicketEvent event, long version) {
    }

    public List<Entry> of(String issueId) {
        return jdbc.query("select * from ticket_history where issue_id = :issueId order by id",
                new MapSqlParameterSource("issueId", issueId), (rs, n) -> entry(rs));
    }

    /**
     * The co-departments' notes to the ticket's current routing: those after its last re-routing, which starts
     * their input afresh (a transfer does not: the co-departments' input follows the matter to the new lead).
     */
    public List<Entry> contributionsToCurrentRouting(String issueId) {
        return jdbc.query("""
                select * from ticket_history h
                where h.issue_id = :issueId and h.event = 'contribution-added'
                  and h.id > coalesce((select max(r.id) from ticket_history r
                                       where r.issue_id = :issueId and r.event = 'ticket-assigned'
                                         and r.details ->> 'reason' = 'REROUTED'), 0)
                order by h.id""", new MapSqlParameterSource("issueId", issueId), (rs, n) -> entry(rs));
    }

    /** The event's name in the history and in views: {@code TicketAccepted} is {@code ticket-accepted}. */
    public static String nameOf(TicketEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private Entry entry(ResultSet rs) throws SQLException {
        String from = rs.getString("from_state");
        var transition = new Transition(rs.getString("issue_id"), from == null ? null : TicketState.valueOf(from),
                TicketState.valueOf(rs.getString("to_state")), rs.getString("department"), rs.getString("actor"),
                rs.getObject("at", OffsetDateTime.class).toInstant());
        return new Entry(rs.getLong("id"), rs.getString("event"), transition, rs.getLong("version"),
                json.readTree(rs.getString("details")));
    }
}
