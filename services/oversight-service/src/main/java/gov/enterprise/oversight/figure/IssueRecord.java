package gov.enterprise.oversight.figure;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the read models keep about one issue, merged from intake's and resolution's events.
 *
 * <p>The merge is what makes the figures independent of delivery: intake facts are set once or replaced only by a
 * later fact of the same kind, and ticket snapshots are taken only when their version is newer than the one held,
 * so events arriving across topics in any order, or again, give the same record. Figures are then derived from the
 * record as a whole ({@link Contribution}), never counted per event.
 */
public final class IssueRecord {

    private final String issueId;

    private Instant reportedAt;
    private String title;
    private String channel;
    private Enterprise enterprise;
    private Instant enterpriseAt;
    private String routedCategory;
    private String routedDepartment;
    private Instant routedAt;
    private Instant triageAt;
    private String duplicateOf;
    private Instant duplicateFlaggedAt;
    private Instant duplicateClearedAt;
    private Instant duplicateConfirmedAt;
    private Instant rejectedAt;

    private IssueChange.Ticket ticket;
    private Instant ticketAt;
    private String escalatedTo;
    private final List<TicketStep> steps = new ArrayList<>();
    private IssueChange.Closing closing;

    public IssueRecord(String issueId) {
        this.issueId = requireNonNull(issueId, "issueId");
    }

    /** A record as stored; the inverse of reading its fields. */
    public static IssueRecord restore(Stored stored) {
        var record = new IssueRecord(stored.issueId());
        record.reportedAt = stored.reportedAt();
        record.title = stored.title();
        record.channel = stored.channel();
        record.enterprise = stored.enterprise();
        record.enterpriseAt = stored.enterpriseAt();
        record.routedCategory = stored.routedCategory();
        record.routedDepartment = stored.routedDepartment();
        record.routedAt = stored.routedAt();
        record.triageAt = stored.triageAt();
        record.duplicateOf = stored.duplicateOf();
        record.duplicateFlaggedAt = stored.duplicateFlaggedAt();
        record.duplicateClearedAt = stored.duplicateClearedAt();
        record.duplicateConfirmedAt = stored.duplicateConfirmedAt();
        record.rejectedAt = stored.rejectedAt();
        record.ticket = stored.ticket();
        record.ticketAt = stored.ticketAt();
        record.escalatedTo = stored.escalatedTo();
        record.steps.addAll(stored.steps());
        record.closing = stored.closing();
        return record;
    }

    /** The record's fields, for storage. */
    public Stored stored() {
        return new Stored(issueId, reportedAt, title, channel, enterprise, enterpriseAt, routedCategory,
                routedDepartment, routedAt, triageAt, duplicateOf, duplicateFlaggedAt, duplicateClearedAt,
                duplicateConfirmedAt, rejectedAt, ticket, ticketAt, escalatedTo, List.copyOf(steps), closing);
    }

    public IssueRecord copy() {
        return restore(stored());
    }

    /** Merges a change; false when it taught the record nothing (a redelivery, or older than what is known). */
    public boolean apply(IssueChange change) {
        if (!change.issueId().equals(issueId)) {
            throw new IllegalArgumentException("change of " + change.issueId() + " applied to " + issueId);
        }
        Stored before = stored();
        switch (change) {
            case IssueChange.Reported reported -> {
                reportedAt = reported.at();
                title = firstNonNull(title, reported.title());
                channel = firstNonNull(channel, reported.channel());
                adopt(reported.enterprise(), reported.at());
            }
            case IssueChange.Routed routed -> {
                if (reportedAt == null) {
                    reportedAt = routed.reportedAt();
                }
                title = firstNonNull(title, routed.title());
                if (routedAt == null || !routed.at().isBefore(routedAt)) {
                    routedAt = routed.at();
                    routedCategory = routed.category();
                    routedDepartment = routed.department();
                }
                adopt(routed.enterprise(), routed.at());
            }
            case IssueChange.SentToTriage triage -> {
                triageAt = latest(triageAt, triage.at());
                if (triage.enterprise() != null) {
                    adopt(triage.enterprise(), triage.at());
                }
            }
            case IssueChange.DuplicateFlagged flagged -> {
                if (duplicateFlaggedAt == null || flagged.at().isAfter(duplicateFlaggedAt)) {
                    duplicateFlaggedAt = flagged.at();
                    duplicateOf = flagged.originalIssueId();
                }
            }
            case IssueChange.DuplicateCleared cleared -> duplicateClearedAt = latest(duplicateClearedAt, cleared.at());
            case IssueChange.DuplicateConfirmed confirmed -> {
                if (duplicateConfirmedAt == null) {
                    duplicateConfirmedAt = confirmed.at();
                    duplicateOf = confirmed.originalIssueId();
                }
            }
            case IssueChange.Rejected rejected -> {
                if (rejectedAt == null) {
                    rejectedAt = rejected.at();
                }
            }
            case IssueChange.TicketObserved observed -> observe(observed);
        }
        return !before.equals(stored());
    }

    private void observe(IssueChange.TicketObserved observed) {
        IssueChange.Ticket next = observed.ticket();
        if (reportedAt == null) {
            reportedAt = next.reportedAt();
        }
        adopt(observed.enterprise(), observed.at());
        if (steps.stream().noneMatch(step -> step.covers(next.version()))) {
            record(TicketStep.of(next, observed.at()));
        }
        if (ticket == null || next.version() > ticket.version()) {
            ticket = next;
            ticketAt = observed.at();
            if (next.escalationLevel() == 0) {
                escalatedTo = null;
            }
        }
        if (observed.escalatedTo() != null && next.version() >= ticket.version()) {
            escalatedTo = observed.escalatedTo();
        }
        if (closing == null && observed.closing() != null) {
            closing = observed.closing();
        }
    }

    /**
     * Puts a version not seen before in its place in the history (usually at the end; in the middle when it arrives
     * late), joined with its neighbours where the figures see no change.
     */
    private void record(TicketStep step) {
        int index = 0;
        while (index < steps.size() && steps.get(index).version() < step.version()) {
            index++;
        }
        steps.add(index, step);
        if (index + 1 < steps.size()) {
            TicketStep joined = steps.get(index).joinedWith(steps.get(index + 1));
            if (joined != null) {
                steps.set(index, joined);
                steps.remove(index + 1);
            }
        }
        if (index > 0) {
            TicketStep joined = steps.get(index - 1).joinedWith(steps.get(index));
            if (joined != null) {
                steps.set(index - 1, joined);
                steps.remove(index);
            }
        }
    }

    /** Enterprise facts follow the latest event that carried them (a corrected enterprise file moves the issue). */
    private void adopt(Enterprise facts, Instant at) {
        if (enterprise == null || !at.isBefore(enterpriseAt)) {
            enterprise = facts;
            enterpriseAt = at;
        }
    }

    public String issueId() {
        return issueId;
    }

    /** When it was reported; null while no event has said so yet, and then it counts nowhere. */
    public Instant reportedAt() {
        return reportedAt;
    }

    public String title() {
        return title;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public IssueChange.Ticket ticket() {
        return ticket;
    }

    public Instant ticketAt() {
        return ticketAt;
    }

    public String escalatedTo() {
        return escalatedTo;
    }

    public List<TicketStep> steps() {
        return List.copyOf(steps);
    }

    public IssueChange.Closing closing() {
        return closing;
    }

    Instant routedAt() {
        return routedAt;
    }

    String routedCategory() {
        return routedCategory;
    }

    String routedDepartment() {
        return routedDepartment;
    }

    Instant duplicateConfirmedAt() {
        return duplicateConfirmedAt;
    }

    Instant rejectedAt() {
        return rejectedAt;
    }

    /**
     * Where the issue stands in intake, for people reading a list: {@code DUPLICATE}, {@code REJECTED},
     * {@code TRIAGE}, {@code ROUTED} or {@code REPORTED}.
     */
    public String intakeStatus() {
        if (duplicateConfirmedAt != null) {
            return "DUPLICATE";
        }
        if (rejectedAt != null) {
            return "REJECTED";
        }
        if (triageAt != null && (routedAt == null || triageAt.isAfter(routedAt))) {
            return "TRIAGE";
        }
        return routedAt != null ? "ROUTED" : "REPORTED";
    }

    /** Since when the ticket has been overdue without a break, or null when it is not overdue now. */
    public Instant overdueSince() {
        if (steps.isEmpty() || !steps.getLast().overdue() || duplicateConfirmedAt != null) {
            return null;
        }
        Instant since = steps.getLast().at();
        for (int i = steps.size() - 1; i >= 0 && steps.get(i).overdue(); i--) {
            since = steps.get(i).at();
        }
        return since;
    }

    /** The ticket's state when there is a ticket, else where intake has it. */
    public String status() {
        boolean withoutTicket = ticket == null || "RETURNED".equals(ticket.state());
        if (duplicateConfirmedAt != null || (rejectedAt != null && withoutTicket)) {
            return intakeStatus();
        }
        return ticket != null ? ticket.state() : intakeStatus();
    }

    private static <T> T firstNonNull(T current, T candidate) {
        return current != null ? current : candidate;
    }

    private static Instant latest(Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssueRecord record && record.stored().equals(stored());
    }

    @Override
    public int hashCode() {
        return Objects.hash(issueId, reportedAt, ticket);
    }

    @Override
    public String toString() {
        return "IssueRecord" + stored();
    }

    /** The stored form: every field, plain values only. */
    public record Stored(String issueId, Instant reportedAt, String title, String channel, Enterprise enterprise,
                         Instant enterpriseAt, String routedCategory, String routedDepartment, Instant routedAt,
                         Instant triageAt, String duplicateOf, Instant duplicateFlaggedAt, Instant duplicateClearedAt,
                         Instant duplicateConfirmedAt, Instant rejectedAt, IssueChange.Ticket ticket,
                         Instant ticketAt, String escalatedTo, List<TicketStep> steps,
                         IssueChange.Closing closing) {

        public Stored {
            requireNonNull(issueId, "issueId");
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }
}
