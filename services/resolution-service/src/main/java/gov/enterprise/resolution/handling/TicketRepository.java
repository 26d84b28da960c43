package gov.enterprise.resolution.handling;

import gov.enterprise.resolution.ticket.Deadline;
import gov.enterprise.resolution.ticket.Deadlines;
import gov.enterprise.resolution.ticket.Enterprise;
import gov.enterprise.resolution.ticket.ExtensionRequest;
import gov.enterprise.resolution.ticket.Light;
import gov.enterprise.resolution.ticket.Outcome;
import gov.enterprise.resolution.ticket.Satisfaction;
import gov.enterprise.resolution.ticket.Ticket;
import gov.enterprise.resolution.ticket.TicketRecord;
import gov.enterprise.resolution.ticket.TicketState;
import gov.enterprise.resolution.ticket.Timeliness;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Tickets in the {@code ticket} table, one row each. Every write also stores the running deadline and the days its
 * light turns and its escalation climbs, and sets the ticket's alarm ({@code ticket_alarm}: the next day the deadline
 * evaluation must look at it), so that the evaluation finds what to change by date without an index on the wide row
 * (whose updates can then be HOT). Updates are optimistic: they name the version the change was computed from and
 * touch nothing if another change came first.
 */
@Repository
public class TicketRepository {

    /** Sorts tickets that wait on nobody after every dated one. */
    static final LocalDate NOTHING_DUE = LocalDate.of(9999, 12, 31);

    private static final String COLUMNS = """
            issue_id, uscc, region_code, cluster, scale, title, description, category, priority, department,
            co_departments, contributed, contribution_due, state, light, escalation_level, escalated_to, reported_at,
            routed_at, assigned_at, accepted_at, accept_within, resolve_within, accept_start, accept_due,
            resolve_start, resolve_due, base_resolve_due, extension_allowance, extensions_approved,
            pending_extension_days, pending_extension_reason, pending_extension_by, pending_extension_at,
            suspended_on, review_on, review_reminded, suspension_reason, outcome, answer, planned_for, resolved_at,
            feedback_due, reopen_count, satisfaction, closed_by_default, closed_at, timeliness, deadline_missed,
            relied_on_extension, active_due, yellow_on, red_on, further_overdue_on, queue_due, version""";

    private static final String VALUES = """
            :issueId, :uscc, :regionCode, :cluster, :scale, :title, :description, :category, :priority, :department,
            cast(:coDepartments as text[]), cast(:contributed as text[]), :contributionDue, :state, :light,
            :escalationLevel, :escalatedTo, :reportedAt, :routedAt, :assignedAt, :acceptedAt, :acceptWithin,
            :resolveWithin, :acceptStart, :acceptDue, :resolveStart, :resolveDue, :baseResolveDue,
            :extensionAllowance, :extensionsApproved, :pendingExtensionDays, :pendingExtensionReason,
            :pendingExtensionBy, :pendingExtensionAt, :suspendedOn, :reviewOn, :reviewReminded, :suspensionReason,
            :outcome, :answer, :plannedFor, :resolvedAt, :feedbackDue, :reopenCount, :satisfaction,
            :closedByDefault, :closedAt, :timeliness, :deadlineMissed, :reliedOnExtension, :activeDue, :yellowOn,
            :redOn, :furtherOverdueOn, :queueDue, :version""";

    private static final String UPDATE = "update ticket set (" + COLUMNS + ", updated_at) = (" + VALUES
            + ", now()) where issue_id = :issueId and version = :expectedVersion";

    /** Alarms from two arrays (issue ids, days or nulls): nulls remove the alarm, days set it. */
    private static final String SET_ALARMS = """
            with wanted as (select n.issue_id, cast(n.due_on as date) as due_on
                          from unnest(cast(? as text[]), cast(? as text[])) as n(issue_id, due_on)),
                 cleared as (delete from ticket_alarm a using wanted
                             where a.issue_id = wanted.issue_id and wanted.due_on is null)
            insert into ticket_alarm (issue_id, due_on)
            select issue_id, due_on from wanted where due_on is not null
            on conflict (issue_id) do update set due_on = excluded.due_on
            where ticket_alarm.due_on <> excluded.due_on""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Deadlines deadlines;
    private final RowMapper<Ticket> rows;

    public TicketRepository(NamedParameterJdbcTemplate jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.rows = (rs, n) -> Ticket.restore(record(rs), deadlines);
    }

    public Optional<Ticket> find(String issueId) {
        return jdbc.query("select * from ticket where issue_id = :issueId", new MapSqlParameterSource("issueId",
                issueId), rows).stream().findFirst();
    }

    /**
     * Looks up the tickets of these issues in one statement: those that exist, in no particular order. Read without
     * locks, like {@link #find}: a change made from them is stored only if no other came first.
     */
    public List<Ticket> findAll(Collection<String> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from ticket where issue_id = any(:issueIds)", new MapSqlParameterSource(
                "issueIds", new SqlParameterValue(Types.ARRAY, issueIds.toArray(String[]::new))), rows);
    }

    /**
     * Stores new tickets in one batch (one round trip) and sets their alarms in one statement; returns the ids of
     * those stored: an issue that has a ticket already keeps it, unchanged.
     */
    public Set<String> insertAll(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return Set.of();
        }
        SqlParameterSource[] batch = tickets.stream().map(t -> parameters(t, t.version()))
                .toArray(SqlParameterSource[]::new);
        int[] counts = jdbc.batchUpdate("insert into ticket (" + COLUMNS + ") values (" + VALUES
                + ") on conflict (issue_id) do nothing", batch);
        var inserted = new ArrayList<Ticket>(tickets.size());
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                inserted.add(tickets.get(i));
            }
        }
        if (!inserted.isEmpty()) {
            setAlarms(inserted);
        }
        return inserted.stream().map(Ticket::issueId).collect(Collectors.toSet());
    }

    /** Stores a changed ticket if it is still at {@code expectedVersion}; false if another change came first. */
    public boolean update(Ticket ticket, long expectedVersion) {
        return store(ticket, expectedVersion, true);
    }

    /**
     * As {@link #update(Ticket, long)}, but the alarm is written only if the change moved it from
     * {@code alarmAsRead}, the day the ticket computed when it was read: every write of a ticket sets its alarm
     * from the ticket written, so that is the alarm stored, and most actions (a progress note) leave it where it is.
     */
    public boolean update(Ticket ticket, long expectedVersion, Optional<LocalDate> alarmAsRead) {
        return store(ticket, expectedVersion, !ticket.nextEvaluationDay().equals(alarmAsRead));
    }

    private boolean store(Ticket ticket, long expectedVersion, boolean alarmMoved) {
        boolean updated = jdbc.update(UPDATE, parameters(ticket, expectedVersion)) == 1;
        if (updated && alarmMoved) {
            setAlarms(List.of(ticket));
        }
        return updated;
    }

    /**
     * Stores changed tickets in one batch; each must still be at the version it was read with (the caller holds
     * their rows: their alarms are set whatever the count, and a short count must roll the transaction back).
     */
    public int updateAll(List<Ticket> tickets, Function<Ticket, Long> expectedVersion) {
        SqlParameterSource[] batch = tickets.stream().map(t -> parameters(t, expectedVersion.apply(t)))
                .toArray(SqlParameterSource[]::new);
        int updated = Arrays.stream(jdbc.batchUpdate(UPDATE, batch)).sum();
        setAlarms(tickets);
        return updated;
    }

    /**
     * Sets each ticket's alarm ({@code ticket_alarm}) to the next day the deadline evaluation must look at it, or
     * removes it when there is none: one statement for all, each column an array. An alarm that stays as it was is
     * not written again.
     */
    private void setAlarms(List<Ticket> tickets) {
        String[] ids = new String[tickets.size()];
        String[] days = new String[tickets.size()];
        for (int i = 0; i < ids.length; i++) {
            Ticket ticket = tickets.get(i);
            ids[i] = ticket.issueId();
            days[i] = ticket.nextEvaluationDay().map(LocalDate::toString).orElse(null);
        }
        jdbc.getJdbcOperations().update(SET_ALARMS, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", ids));
            statement.setArray(2, statement.getConnection().createArrayOf("text", days));
        });
    }

    /**
     * Asks, in the caller's transaction (the calendar load's), that the alarms a calendar changed from
     * {@code firstDay} on may have moved ring again ({@link #ringAlarmsCountedFrom}); the evaluation does it.
     */
    public void askRecheckFrom(LocalDate firstDay) {
        // asked again while waiting (the year loaded once more): it waits as long as the latest load needs
        jdbc.update("insert into calendar_recheck as r (first_day) values (:firstDay) on conflict (first_day)"
                        + " do update set requested_at = greatest(r.requested_at, excluded.requested_at)",
                new MapSqlParameterSource("firstDay", firstDay));
    }

    /** The first days of the rechecks asked and not yet done, earliest first. */
    public List<LocalDate> rechecksAsked() {
        return jdbc.query("select first_day from calendar_recheck order by first_day", Map.of(),
                (rs, n) -> date(rs, "first_day"));
    }

    /** The database's time, which {@code calendar_recheck.requested_at} is in. */
    public Instant databaseNow() {
        return jdbc.queryForObject("select now()", Map.of(), Instant.class);
    }

    /**
     * The rechecks from these days are done by a pass that began at {@code passStarted}, of those asked longer than
     * {@code settled} before it; one asked (again) since, or meanwhile from another day, stays.
     */
    public void rechecked(List<LocalDate> firstDays, Instant passStarted, Duration settled) {
        jdbc.update("delete from calendar_recheck where first_day in (:days) and requested_at < :before",
                new MapSqlParameterSource("days", firstDays)
                        .addValue("before", OffsetDateTime.ofInstant(passStarted.minus(settled), ZoneOffset.UTC)));
    }

    /**
     * One chunk of alarms looked at: how many it held, how many of them were moved, and its last issue id (in the
     * alarms' key order), where the next chunk begins.
     */
    public record AlarmsMoved(int looked, int moved, String lastIssueId) {
    }

    /**
     * Of the next {@code limit} alarms after {@code afterIssueId} in key order, makes ring {@code today} those a
     * calendar changed from {@code firstDay} on may have moved: those set for that day or later, and those of tickets
     * whose running deadline ends on it or later (their light days are shares of a period that reaches into it, so
     * they may now come earlier, even before {@code firstDay}). Ringing today is never too late; the evaluation then
     * counts each ticket's days again. Chunks by key, not by matches: each is a range of the alarms' key and as many
     * probes of the tickets' (no index serves the condition), so calls until a chunk comes back short read each
     * alarm once. Written as a key range and an id array, not as joins with the chunk, which the planner estimates
     * as a join with the whole table: at a million tickets that was two sequential scans of the alarms per chunk.
     */
    public AlarmsMoved ringAlarmsCountedFrom(LocalDate firstDay, LocalDate today, String afterIssueId, int limit) {
        return jdbc.queryForObject("""
                        with chunk as (select count(*) as looked, max(issue_id) as last
                                       from (select issue_id from ticket_alarm where issue_id > :after
                                             order by issue_id limit :limit) c),
                             picked as (select a.issue_id from ticket_alarm a join ticket t using (issue_id)
                                        where a.issue_id > :after and a.issue_id <= (select last from chunk)
                                          and a.due_on > :today
                                          and (a.due_on >= :firstDay or t.active_due >= :firstDay)
                                        for update of a),
                             moved as (update ticket_alarm set due_on = :today
                                       where issue_id = any(array(select issue_id from picked)) returning issue_id)
                        select looked, (select count(*) from moved) as moved, last from chunk""",
                new MapSqlParameterSource("firstDay", firstDay).addValue("today", today)
                        .addValue("after", afterIssueId).addValue("limit", limit),
                (rs, n) -> new AlarmsMoved(rs.getInt("looked"), rs.getInt("moved"), rs.getString("last")));
    }

    /** A ticket taken for a change, and its position (its alarm's day, its issue id) in the order it was taken in. */
    public record Locked(Ticket ticket, LocalDate day, String issueId) {
    }

    /**
     * The next tickets whose alarm has rung by {@code today}, after position ({@code afterDay}, {@code afterId}) in
     * the order of (alarm day, issue id), each ticket and its alarm locked for this transaction; rows another
     * transaction holds are skipped, so walks at once take different tickets. Locking the alarm too makes a row
     * changed by another transaction meanwhile count by its new alarm: a ticket already moved on is not returned.
     */
    public List<Locked> lockDue(LocalDate today, LocalDate afterDay, String afterId, int limit) {
        var parameters = new MapSqlParameterSource("today", today).addValue("afterDay", afterDay)
                .addValue("afterId", afterId).addValue("limit", limit);
        return jdbc.query("""
                        select t.*, a.due_on as alarm_day from ticket_alarm a join ticket t using (issue_id)
                        where a.due_on <= :today and (a.due_on, a.issue_id) > (:afterDay, :afterId)
                        order by a.due_on, a.issue_id limit :limit
                        for update of a, t skip locked""", parameters,
                (rs, n) -> new Locked(rows.mapRow(rs, n), date(rs, "alarm_day"), rs.getString("issue_id")));
    }

    private SqlParameterSource parameters(Ticket ticket, long expectedVersion) {
        TicketRecord t = ticket.toRecord();
        Optional<Deadline> running = ticket.deadline();
        ExtensionRequest pending = t.pendingExtension();
        return new MapSqlParameterSource()
                .addValue("issueId", t.issueId())
                .addValue("uscc", t.enterprise().uscc())
                .addValue("regionCode", t.enterprise().regionCode())
                .addValue("cluster", t.enterprise().cluster())
                .addValue("scale", t.enterprise().scale())
                .addValue("title", t.title())
                .addValue("description", t.description())
                .addValue("category", t.category())
                .addValue("priority", t.priority())
                .addValue("department", t.department())
                .addValue("coDepartments", arrayLiteral(t.coDepartments()))
                .addValue("contributed", arrayLiteral(t.contributed()))
                .addValue("contributionDue", t.contributionDue())
                .addValue("state", t.state().name())
                .addValue("light", t.light().name())
                .addValue("escalationLevel", t.escalationLevel())
                .addValue("escalatedTo", t.escalatedTo())
                .addValue("reportedAt", timestamp(t.reportedAt()))
                .addValue("routedAt", timestamp(t.routedAt()))
                .addValue("assignedAt", timestamp(t.assignedAt()))
                .addValue("acceptedAt", timestamp(t.acceptedAt()))
                .addValue("acceptWithin", t.acceptWithin())
                .addValue("resolveWithin", t.resolveWithin())
                .addValue("acceptStart", t.acceptStart())
                .addValue("acceptDue", t.acceptDue())
                .addValue("resolveStart", t.resolveStart())
                .addValue("resolveDue", t.resolveDue())
                .addValue("baseResolveDue", t.baseResolveDue())
                .addValue("extensionAllowance", t.extensionAllowance())
                .addValue("extensionsApproved", t.extensionsApproved())
                .addValue("pendingExtensionDays", pending == null ? null : pending.workingDays())
                .addValue("pendingExtensionReason", pending == null ? null : pending.reason())
                .addValue("pendingExtensionBy", pending == null ? null : pending.requestedBy())
                .addValue("pendingExtensionAt", pending == null ? null : timestamp(pending.requestedAt()))
                .addValue("suspendedOn", t.suspendedOn())
                .addValue("reviewOn", t.reviewOn())
                .addValue("reviewReminded", t.reviewReminded())
                .addValue("suspensionReason", t.suspensionReason())
                .addValue("outcome", name(t.outcome()))
                .addValue("answer", t.answer())
                .addValue("plannedFor", t.plannedFor())
                .addValue("resolvedAt", timestamp(t.resolvedAt()))
                .addValue("feedbackDue", t.feedbackDue())
                .addValue("reopenCount", t.reopenCount())
                .addValue("satisfaction", name(t.satisfaction()))
                .addValue("closedByDefault", t.closedByDefault())
                .addValue("closedAt", timestamp(t.closedAt()))
                .addValue("timeliness", name(t.timeliness()))
                .addValue("deadlineMissed", t.deadlineMissed())
                .addValue("reliedOnExtension", t.reliedOnExtension())
                .addValue("activeDue", running.map(Deadline::due).orElse(null))
                .addValue("yellowOn", running.map(Deadline::yellowOn).orElse(null))
                .addValue("redOn", running.map(Deadline::redOn).orElse(null))
                .addValue("furtherOverdueOn", running.map(Deadline::furtherOverdueOn).orElse(null))
                .addValue("queueDue", queueDue(t, running))
                .addValue("version", t.version())
                .addValue("expectedVersion", expectedVersion);
    }

    /** The day the ticket next needs someone: its running deadline, its review date, or the enterprise's verdict. */
    static LocalDate queueDue(TicketRecord t, Optional<Deadline> running) {
        if (running.isPresent()) {
            return running.get().due();
        }
        return switch (t.state()) {
            case SUSPENDED -> t.reviewOn();
            case RESOLVED -> t.feedbackDue();
            default -> NOTHING_DUE;
        };
    }

    static TicketRecord record(ResultSet rs) throws SQLException {
        Integer pendingDays = (Integer) rs.getObject("pending_extension_days");
        ExtensionRequest pending = pendingDays == null ? null : new ExtensionRequest(pendingDays,
                rs.getString("pending_extension_reason"), rs.getString("pending_extension_by"),
                instant(rs, "pending_extension_at"));
        return new TicketRecord(rs.getString("issue_id"),
                new Enterprise(rs.getString("uscc"), rs.getString("region_code"), rs.getString("cluster"),
                        rs.getString("scale")),
                rs.getString("title"), rs.getString("description"), rs.getString("category"),
                rs.getString("priority"), rs.getString("department"), strings(rs.getArray("co_departments")),
                strings(rs.getArray("contributed")), date(rs, "contribution_due"),
                TicketState.valueOf(rs.getString("state")), Light.valueOf(rs.getString("light")),
                rs.getInt("escalation_level"), rs.getString("escalated_to"), instant(rs, "reported_at"),
                instant(rs, "routed_at"), instant(rs, "assigned_at"), instant(rs, "accepted_at"),
                rs.getInt("accept_within"), rs.getInt("resolve_within"), date(rs, "accept_start"),
                date(rs, "accept_due"), date(rs, "resolve_start"), date(rs, "resolve_due"),
                date(rs, "base_resolve_due"), rs.getInt("extension_allowance"), rs.getInt("extensions_approved"),
                pending, date(rs, "suspended_on"), date(rs, "review_on"), rs.getBoolean("review_reminded"),
                rs.getString("suspension_reason"), valueOf(Outcome.class, rs.getString("outcome")),
                rs.getString("answer"), date(rs, "planned_for"), instant(rs, "resolved_at"), date(rs, "feedback_due"),
                rs.getInt("reopen_count"), valueOf(Satisfaction.class, rs.getString("satisfaction")),
                rs.getBoolean("closed_by_default"), instant(rs, "closed_at"),
                valueOf(Timeliness.class, rs.getString("timeliness")), rs.getBoolean("deadline_missed"),
                rs.getBoolean("relied_on_extension"), rs.getLong("version"));
    }

    /** Department codes are upper-case letters, digits and underscores: a PostgreSQL array literal needs no quoting. */
    static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
