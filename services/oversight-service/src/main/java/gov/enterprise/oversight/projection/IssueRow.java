package gov.enterprise.oversight.projection;

import gov.enterprise.oversight.figure.Cell;
import gov.enterprise.oversight.figure.Contribution;
import gov.enterprise.oversight.figure.Counter;
import gov.enterprise.oversight.figure.Enterprise;
import gov.enterprise.oversight.figure.IssueChange;
import gov.enterprise.oversight.figure.IssueRecord;
import gov.enterprise.oversight.figure.MissedDeadline;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code issue} table's columns and an {@link IssueRecord}: one mapping, used by row-at-a-time writes and by the
 * rebuild's bulk load, so the two can never disagree.
 */
public final class IssueRow {

    /** The columns in the order {@link #values} gives them. */
    public static final List<String> COLUMNS = List.of("issue_id", "reported_at", "report_day", "title", "channel",
            "uscc", "region", "cluster", "enterprise_at", "routed_category", "routed_department", "routed_at",
            "triage_at", "duplicate_of", "duplicate_flagged_at", "duplicate_cleared_at", "duplicate_confirmed_at",
            "rejected_at", "ticket_version", "ticket_state", "light", "ticket_department", "ticket_category", "outcome",
            "escalation_level", "accept_due", "resolve_due", "extended", "reopen_count", "ticket_reported_at",
            "ticket_at", "escalated_to", "steps", "closed_at", "timeliness", "satisfaction", "closed_by_default",
            "working_days_to_resolve", "status", "category", "department", "overdue", "overdue_since", "overdue_due");

    private IssueRow() {
    }

    /** The record's column values, in {@link #COLUMNS} order (JDBC types: OffsetDateTime, LocalDate, ...). */
    public static List<Object> values(IssueRecord record, ZoneId zone) {
        IssueRecord.Stored s = record.stored();
        IssueChange.Ticket t = s.ticket();
        IssueChange.Closing c = s.closing();
        Contribution.Position now = Contribution.now(record);
        Cell cell = now == null ? null : now.cell();
        var values = new ArrayList<Object>(COLUMNS.size());
        values.add(s.issueId());
        values.add(timestamp(s.reportedAt()));
        values.add(s.reportedAt() == null ? null : LocalDate.ofInstant(s.reportedAt(), zone));
        values.add(s.title());
        values.add(s.channel());
        values.add(s.enterprise() == null ? null : s.enterprise().uscc());
        values.add(s.enterprise() == null ? null : s.enterprise().region());
        values.add(s.enterprise() == null ? null : s.enterprise().cluster());
        values.add(timestamp(s.enterpriseAt()));
        values.add(s.routedCategory());
        values.add(s.routedDepartment());
        values.add(timestamp(s.routedAt()));
        values.add(timestamp(s.triageAt()));
        values.add(s.duplicateOf());
        values.add(timestamp(s.duplicateFlaggedAt()));
        values.add(timestamp(s.duplicateClearedAt()));
        values.add(timestamp(s.duplicateConfirmedAt()));
        values.add(timestamp(s.rejectedAt()));
        values.add(t == null ? null : t.version());
        values.add(t == null ? null : t.state());
        values.add(t == null ? null : t.light());
        values.add(t == null ? null : t.department());
        values.add(t == null ? null : t.category());
        values.add(t == null ? null : t.outcome());
        values.add(t == null ? null : t.escalationLevel());
        values.add(t == null ? null : t.acceptDue());
        values.add(t == null ? null : t.resolveDue());
        values.add(t == null ? null : t.extended());
        values.add(t == null ? null : t.reopenCount());
        values.add(t == null ? null : timestamp(t.reportedAt()));
        values.add(timestamp(s.ticketAt()));
        values.add(s.escalatedTo());
        values.add(StepsJson.write(s.steps()));
        values.add(c == null ? null : timestamp(c.closedAt()));
        values.add(c == null ? null : c.timeliness());
        values.add(c == null ? null : c.satisfaction());
        values.add(c == null ? null : c.byDefault());
        values.add(c == null ? null : c.workingDaysToResolve());
        values.add(record.status());
        values.add(cell == null ? Cell.UNKNOWN : cell.category());
        values.add(cell == null ? Cell.UNKNOWN : cell.department());
        boolean overdue = now != null && now.counters().get(Counter.OVERDUE) > 0;
        values.add(overdue);
        values.add(timestamp(record.overdueSince()));
        // the overdue list's sort key: the deadline actually missed, acceptance or resolution
        values.add(overdue ? MissedDeadline.of(t).due(t) : null);
        return values;
    }

    public static IssueRecord read(ResultSet rs) throws SQLException {
        String uscc = rs.getString("uscc");
        Enterprise enterprise = uscc == null ? null
                : new Enterprise(uscc, rs.getString("region"), rs.getString("cluster"));
        IssueChange.Ticket ticket = null;
        if (rs.getString("ticket_state") != null) {
            ticket = new IssueChange.Ticket(rs.getLong("ticket_version"), rs.getString("ticket_state"),
                    rs.getString("light"), rs.getString("ticket_department"), rs.getString("ticket_category"),
                    rs.getString("outcome"), rs.getInt("escalation_level"), rs.getObject("accept_due", LocalDate.class),
                    rs.getObject("resolve_due", LocalDate.class), rs.getBoolean("extended"), rs.getInt("reopen_count"),
                    instant(rs, "ticket_reported_at"));
        }
        IssueChange.Closing closing = null;
        if (rs.getObject("closed_at") != null) {
            closing = new IssueChange.Closing(instant(rs, "closed_at"), rs.getString("timeliness"),
                    rs.getString("satisfaction"), rs.getBoolean("closed_by_default"),
                    rs.getInt("working_days_to_resolve"));
        }
        return IssueRecord.restore(new IssueRecord.Stored(rs.getString("issue_id"), instant(rs, "reported_at"),
                rs.getString("title"), rs.getString("channel"), enterprise, instant(rs, "enterprise_at"),
                rs.getString("routed_category"), rs.getString("routed_department"), instant(rs, "routed_at"),
                instant(rs, "triage_at"), rs.getString("duplicate_of"), instant(rs, "duplicate_flagged_at"),
                instant(rs, "duplicate_cleared_at"), instant(rs, "duplicate_confirmed_at"),
                instant(rs, "rejected_at"), ticket, instant(rs, "ticket_at"), rs.getString("escalated_to"),
                StepsJson.read(rs.getString("steps")), closing));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime timestamp = rs.getObject(column, OffsetDateTime.class);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
