package gov.enterprise.resolution.history;

import gov.enterprise.resolution.ticket.TicketEvent;
import gov.enterprise.resolution.ticket.TicketState;
import gov.enterprise.resolution.ticket.Transition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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

    /** Records events of several tickets, each with that ticket's version. */
    public void recordAll(List<VersionedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        SqlParameterSource[] batch = events.stream().map(e -> parameters(e.event(), e.version()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into ticket_history (issue_id, version, event, from_state, to_state, department, actor, at,
                                            details)
                values (:issueId, :version, :event, :from, :to, :department, :actor, :at, cast(:details as jsonb))""",
                batch);
    }

    public record VersionedEvent(TicketEvent event, long version) {
    }

    public List<Entry> of(String issueId) {
        return jdbc.query("select * from ticket_history where issue_id = :issueId order by id",
                new MapSqlParameterSource("issueId", issueId), (rs, n) -> entry(rs));
    }

    /** The event's name in the history and in views: {@code TicketAccepted} is {@code ticket-accepted}. */
    public static String nameOf(TicketEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private SqlParameterSource parameters(TicketEvent event, long version) {
        Transition step = event.transition();
        ObjectNode details = json.valueToTree(event);
        details.remove("transition");
        return new MapSqlParameterSource()
                .addValue("issueId", step.issueId())
                .addValue("version", version)
                .addValue("event", nameOf(event))
                .addValue("from", step.from() == null ? null : step.from().name())
                .addValue("to", step.to().name())
                .addValue("department", step.department())
                .addValue("actor", step.by())
                .addValue("at", step.at().atOffset(ZoneOffset.UTC))
                .addValue("details", json.writeValueAsString(details));
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
